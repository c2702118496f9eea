import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useUndoOffer } from '@/components/undo-offer';
import { apiRequest } from '@/lib/api-client';
import type { AssignmentRequest, AssignmentResponse } from '@/types/api';

export interface AssignmentChange extends AssignmentRequest {
  eventId: string;
}

/**
 * Moves, pins, unpins or unschedules one engagement (PATCH …/assignment, with its version). The
 * engagements, the explanation and the KPIs all change with it, so the plan's queries reload. Each saved
 * change is offered for undo.
 */
export function useUpdateAssignment(planId: number) {
  const client = useQueryClient();
  const { offer } = useUndoOffer();
  return useMutation({
    mutationFn: ({ eventId, ...change }: AssignmentChange) =>
      apiRequest<AssignmentResponse>(`/api/plans/${planId}/engagements/${encodeURIComponent(eventId)}/assignment`, {
        method: 'PATCH',
        body: change,
      }),
    onSuccess: () => void offer({ kind: 'plan', planId }),
    // Not awaited: the answer closes the dialog at once, and the board reloads behind it.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
