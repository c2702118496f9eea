import { useQuery, type QueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ScorePreview, ScorePreviewRequest } from '@/types/api';

/** What a move would do to the score, saving nothing. */
export function previewScore(planId: number, move: ScorePreviewRequest): Promise<ScorePreview> {
  return apiRequest<ScorePreview>(`/api/plans/${planId}/score-preview`, { method: 'POST', body: move });
}

const scorePreviewKey = (planId: number, move: ScorePreviewRequest) =>
  ['plans', planId, 'score-preview', move.eventId, move.spaceId, move.start] as const;

/**
 * Asks for a move's preview the moment it is dropped, before the board renders the dialog that
 * shows it: the request and that render then overlap. Always asks afresh, as the plan may have
 * changed since the same move was last previewed.
 */
export function startScorePreview(client: QueryClient, planId: number, move: ScorePreviewRequest) {
  void client.prefetchQuery({
    queryKey: scorePreviewKey(planId, move),
    queryFn: () => previewScore(planId, move),
    staleTime: 0,
    retry: false,
  });
}

/** The preview {@link startScorePreview} asked for; only the dialog that shows it renders when it arrives. */
export function useScorePreview(planId: number, move: ScorePreviewRequest | null) {
  const noMove: ScorePreviewRequest = { eventId: '' };
  return useQuery({
    queryKey: scorePreviewKey(planId, move ?? noMove),
    queryFn: () => previewScore(planId, move!),
    enabled: !!move,
    staleTime: Infinity, // the fetch started at the drop is the one to show
    gcTime: 60_000,
    retry: false,
    refetchOnWindowFocus: false,
  });
}
