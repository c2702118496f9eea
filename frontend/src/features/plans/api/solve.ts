import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import type { SolveStatus } from '@/types/api';

export const solveStatusQueryKey = (planId: number) => ['plans', planId, 'solve'] as const;

/** The plan's latest solve, or null before its first (the backend answers 404 then). */
export async function getSolveStatus(planId: number, signal?: AbortSignal): Promise<SolveStatus | null> {
  try {
    return await apiRequest<SolveStatus>(`/api/plans/${planId}/solve`, { signal });
  } catch (error) {
    if (isApiError(error, 404)) {
      return null;
    }
    throw error;
  }
}

export function useSolveStatus(planId: number) {
  return useQuery({ queryKey: solveStatusQueryKey(planId), queryFn: ({ signal }) => getSolveStatus(planId, signal) });
}

export function useStartSolve(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (timeLimitSeconds: number) =>
      apiRequest<SolveStatus>(`/api/plans/${planId}/solve`, { method: 'POST', body: { timeLimitSeconds } }),
    onSuccess: (status) => client.setQueryData(solveStatusQueryKey(planId), status),
  });
}

/** Stops the solve; the answer comes once the best solution is saved. */
export function useStopSolve(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<SolveStatus>(`/api/plans/${planId}/solve`, { method: 'DELETE' }),
    onSuccess: (status) => client.setQueryData(solveStatusQueryKey(planId), status),
  });
}
