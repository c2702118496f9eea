import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ScorePreview, ScorePreviewRequest } from '@/types/api';

/** What a move would do to the score, saving nothing. */
export function previewScore(planId: number, move: ScorePreviewRequest): Promise<ScorePreview> {
  return apiRequest<ScorePreview>(`/api/plans/${planId}/score-preview`, { method: 'POST', body: move });
}

export function useScorePreview(planId: number) {
  return useMutation({ mutationFn: (move: ScorePreviewRequest) => previewScore(planId, move) });
}
