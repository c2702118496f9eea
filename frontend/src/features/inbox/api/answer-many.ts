import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { BatchAnswer, Booking } from '../types';

export interface AnswerManyRequest {
  answer: 'confirm' | 'decline';
  /** Required to decline: it goes with every decline. */
  reason?: string;
  /** The bookings as the list showed them: each is answered only if it is still at that version. */
  bookings: ReadonlyArray<Pick<Booking, 'id' | 'version'>>;
}

/**
 * POST /api/bookings/answers: one answer to many requests, each answered as its single answer would be
 * and told back with its outcome. Afterwards the lists and the notifications are read again.
 */
export function useAnswerMany() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ answer, reason, bookings }: AnswerManyRequest) =>
      apiRequest<BatchAnswer>('/api/bookings/answers', {
        method: 'POST',
        body: { answer, reason, bookings: bookings.map(({ id, version }) => ({ id, version })) },
      }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['bookings'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
