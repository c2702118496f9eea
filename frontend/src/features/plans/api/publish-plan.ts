import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { PublishResult } from '@/types/api';

/**
 * POST /api/plans/{id}/publish (shared/spec/api.md): booking requests to the venues for the live
 * plan's scheduled engagements. Its answer counts the requests created, withdrawn and unchanged,
 * which the officer is told; the board reloads the plan for the rest.
 */
export function usePublishPlan(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<PublishResult>(`/api/plans/${planId}/publish`, { method: 'POST' }),
    // Not awaited: the answer closes the dialog at once, and the board reloads behind it.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
