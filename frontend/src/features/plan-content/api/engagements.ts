import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Engagement, EngagementRequest } from '@/types/api';

function useInvalidatePlan(planId: number) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['plans', planId] });
    void client.invalidateQueries({ queryKey: ['plans'], exact: true });
  };
}

/** Creates an engagement (no `originalId`) or replaces one, with its version. */
export function useSaveEngagement(planId: number) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ originalId, body }: { originalId?: string; body: EngagementRequest }) =>
      originalId
        ? apiRequest<Engagement>(`/api/plans/${planId}/engagements/${encodeURIComponent(originalId)}`, {
            method: 'PUT',
            body,
          })
        : apiRequest<Engagement>(`/api/plans/${planId}/engagements`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteEngagement(planId: number) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: (eventId: string) =>
      apiRequest<void>(`/api/plans/${planId}/engagements/${encodeURIComponent(eventId)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
