import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { SolutionDocument } from '@/types/plan-document';

export const solutionQueryKey = (planId: number) => ['plans', planId, 'solution'] as const;

/** The solution document of the current assignment; the board reads its KPIs. */
export function getSolution(planId: number, signal?: AbortSignal): Promise<SolutionDocument> {
  return apiRequest<SolutionDocument>(`/api/plans/${planId}/solution`, { signal });
}

export function useSolution(planId: number) {
  return useQuery({ queryKey: solutionQueryKey(planId), queryFn: ({ signal }) => getSolution(planId, signal) });
}
