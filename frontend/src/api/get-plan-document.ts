import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '@/lib/api-client';
import { localPlanDocument } from '@/lib/local-names';
import type { PlanDocument } from '@/types/plan-document';
import { useChineseNames } from './get-all-venues';

export const planDocumentQueryKey = (planId: number) => ['plans', planId, 'document'] as const;

/**
 * The plan's problem document (GET …/export): its venues with their spaces and its delegations in
 * one answer, which is what the board's rows are made of. Engagements come from their own endpoint,
 * which also carries their versions.
 */
export function getPlanDocument(planId: number, signal?: AbortSignal): Promise<PlanDocument> {
  return apiRequest<PlanDocument>(`/api/plans/${planId}/export`, { signal });
}

/**
 * The plan's document with its names in the UI's language (localPlanDocument): in Chinese, the
 * catalogue's Chinese names of its venues and spaces and its delegations' countries.
 */
export function usePlanDocument(planId: number) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'zh' ? 'zh' : 'en';
  const chinese = useChineseNames(language === 'zh');
  const select = useCallback(
    (document: PlanDocument) => localPlanDocument(document, chinese, language),
    [chinese, language],
  );
  return useQuery({
    queryKey: planDocumentQueryKey(planId),
    queryFn: ({ signal }) => getPlanDocument(planId, signal),
    staleTime: 5 * 60_000,
    select,
  });
}
