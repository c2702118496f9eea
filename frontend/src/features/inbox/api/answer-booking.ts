import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useUndoOffer } from '@/components/undo-offer';
import { apiRequest } from '@/lib/api-client';
import type { components } from '@/types/generated/openapi';
import type { Booking } from '../types';

export type Answer = 'confirm' | 'decline' | 'cancel';

/** Which booking and how; the body's `reason` is required for a decline and for a manager's cancellation. */
export type AnswerRequest = components['schemas']['ReasonRequest'] & {
  bookingId: number;
  answer: Answer;
};

/**
 * POST /api/bookings/{id}/confirm|decline|cancel. Afterwards the lists are read again, and the
 * notifications too: an answer may bring news (the backend tells the officers). A confirm or decline is offered
 * for undo.
 */
export function useAnswerBooking() {
  const client = useQueryClient();
  const { offer } = useUndoOffer();
  return useMutation({
    mutationFn: ({ bookingId, answer, reason }: AnswerRequest) =>
      apiRequest<Booking>(`/api/bookings/${bookingId}/${answer}`, {
        method: 'POST',
        body: answer === 'confirm' ? undefined : { reason },
      }),
    // A confirm or decline may be taken back for a while; a cancellation is told to the officers at once.
    onSuccess: (_, { answer }) => {
      if (answer !== 'cancel') void offer({ kind: 'bookings' });
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['bookings'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
