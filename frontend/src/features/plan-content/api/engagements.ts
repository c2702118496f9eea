import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Engagement } from '@/types/api';

/** The body of POST and PUT: the exchange format's event, plus `version` to change one. */
export interface EngagementBody {
  id: string;
  title: string;
  type: string;
  delegations: string[];
  headcount: number;
  layout: string;
  durationMinutes: number;
  requiredFeatures: string[];
  minSecurityGrade?: string;
  earliestStart?: string;
  latestEnd?: string;
  preferredSpaces: string[];
  excludedSpaces: string[];
  priority: number;
  after: string[];
  pinned?: { spaceId: string; start: string };
  published?: { spaceId: string; start: string };
  confidential: boolean;
  version?: number;
}

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
    mutationFn: ({ originalId, body }: { originalId?: string; body: EngagementBody }) =>
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
