import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { AssignmentRequest, AssignmentResponse } from '@/types/api';

export interface AssignmentChange extends AssignmentRequest {
  eventId: string;
}

/**
 * Moves, pins, unpins or unschedules one engagement (PATCH …/assignment, with its version). The
 * engagements, the explanation and the KPIs all change with it, so the plan's queries reload.
 */
export function useUpdateAssignment(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, ...change }: AssignmentChange) =>
      apiRequest<AssignmentResponse>(`/api/plans/${planId}/engagements/${encodeURIComponent(eventId)}/assignment`, {
        method: 'PATCH',
        body: change,
      }),
    // Not awaited: the answer closes the dialog at once, and the board reloads behind it.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
