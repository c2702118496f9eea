import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ScoreAnalysis } from '@/types/api';

export const scoreAnalysisQueryKey = (planId: number) => ['plans', planId, 'score-analysis'] as const;

export function getScoreAnalysis(planId: number, signal?: AbortSignal): Promise<ScoreAnalysis> {
  return apiRequest<ScoreAnalysis>(`/api/plans/${planId}/score-analysis`, { signal });
}

/** The score, the broken rules and why the unscheduled are unscheduled. */
export function useScoreAnalysis(planId: number) {
  return useQuery({
    queryKey: scoreAnalysisQueryKey(planId),
    queryFn: ({ signal }) => getScoreAnalysis(planId, signal),
  });
}
