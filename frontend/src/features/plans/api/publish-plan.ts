import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';

/**
 * POST /api/plans/{id}/publish (shared/spec/api.md): booking requests to the venues for the live
 * plan's scheduled engagements. Its answer is not read: the board reloads the plan.
 */
export function usePublishPlan(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<unknown>(`/api/plans/${planId}/publish`, { method: 'POST' }),
    // Not awaited: the answer closes the dialog at once, and the board reloads behind it.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
