import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { PlanDocument } from '@/types/plan-document';

export const planDocumentQueryKey = (planId: number) => ['plans', planId, 'document'] as const;

/**
 * The plan's problem document (GET …/export): its venues with their spaces and its delegations in
 * one answer, which is what the board's rows are made of. Engagements come from their own endpoint,
 * which also carries their versions.
 */
export function getPlanDocument(planId: number, signal?: AbortSignal): Promise<PlanDocument> {
  return apiRequest<PlanDocument>(`/api/plans/${planId}/export`, { signal });
}

export function usePlanDocument(planId: number) {
  return useQuery({
    queryKey: planDocumentQueryKey(planId),
    queryFn: ({ signal }) => getPlanDocument(planId, signal),
    staleTime: 5 * 60_000,
  });
}
