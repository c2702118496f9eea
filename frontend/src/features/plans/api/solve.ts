import { useMutation, useQueryClient } from '@tanstack/react-query';
import { solveStatusQueryKey } from '@/api/get-solve-status';
import { apiRequest } from '@/lib/api-client';
import type { SolveStatus } from '@/types/api';

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
