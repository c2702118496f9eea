import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useUndoOffer } from '@/components/undo-offer';
import { apiRequest } from '@/lib/api-client';
import type { components } from '@/types/generated/openapi';
import type { BatchAnswer } from '../types';

/**
 * One answer (`confirm` or `decline`, with a reason to decline) to many requests, each named with the version
 * the list showed: it is answered only if it is still at that version.
 */
export type AnswerManyRequest = components['schemas']['BatchAnswerRequest'];

/**
 * POST /api/bookings/answers: one answer to many requests, each answered as its single answer would be
 * and told back with its outcome. Afterwards the lists and the notifications are read again; the answers given are
 * offered for undo, all at once.
 */
export function useAnswerMany() {
  const client = useQueryClient();
  const { offer } = useUndoOffer();
  return useMutation({
    mutationFn: (request: AnswerManyRequest) =>
      apiRequest<BatchAnswer>('/api/bookings/answers', { method: 'POST', body: request }),
    // The whole batch is one answer to undo.
    onSuccess: (answered) => {
      if (answered.answered > 0) void offer({ kind: 'bookings' });
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['bookings'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
