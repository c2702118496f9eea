import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { PublishResult } from '@/types/api';

/**
 * POST /api/plans/{id}/publish (docs/api.md): booking requests to the venues for the live
 * plan's scheduled engagements. The answer's counts (created, withdrawn, unchanged) are shown to the
 * officer; the board reloads the plan.
 */
export function usePublishPlan(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<PublishResult>(`/api/plans/${planId}/publish`, { method: 'POST' }),
    // Not awaited: the answer closes the dialog at once, and the board reloads behind it.
    // The solve status's list of moved engagements changes with the published places.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
