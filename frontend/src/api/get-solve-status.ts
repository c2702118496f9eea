import { useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import type { SolveStatus } from '@/types/api';

export const solveStatusQueryKey = (planId: number) => ['plans', planId, 'solve'] as const;

/** The states in which a solve still changes the plan: its screens are read-only meanwhile. */
export const ACTIVE_STATES: ReadonlySet<string> = new Set(['QUEUED', 'SOLVING']);

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
