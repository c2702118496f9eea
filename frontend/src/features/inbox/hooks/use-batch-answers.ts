import { useState } from 'react';
import { useAnswerMany } from '../api/answer-many';
import { chosenBookings, pageSelection, toggled, withPage } from '../lib/batch';
import type { BatchAnswer, BatchOutcome, Booking } from '../types';

/**
 * The selection of requests to answer at once, the answer to it, and its outcomes. The selection keeps
 * only requests still listed; the outcomes stay until dismissed, so that none is missed when the answered
 * requests leave the list.
 */
export function useBatchAnswers(listed: readonly Booking[]) {
  const many = useAnswerMany();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [result, setResult] = useState<BatchAnswer | null>(null);
  const [dismissed, setDismissed] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const chosen = chosenBookings(selected, listed);

  const send = (answer: BatchAnswer['answer'], reason?: string, onDone?: () => void) => {
    setError(null);
    many.mutate(
      { answer, reason, bookings: chosen.map(({ id, version }) => ({ id, version })) },
      {
        onSuccess: (answered) => {
          setResult(answered);
          setDismissed(new Set());
          setSelected(new Set());
        },
        onError: setError,
        onSettled: onDone,
      },
    );
  };

  return {
    chosen,
    isSelected: (id: number) => selected.has(id),
    select: (id: number, checked: boolean) => setSelected((current) => toggled(current, id, checked)),
    pageState: (page: readonly Booking[]) => pageSelection(selected, page),
    selectPage: (page: readonly Booking[], checked: boolean) =>
      setSelected((current) => withPage(current, page, checked)),
    clear: () => setSelected(new Set()),
    send,
    pending: many.isPending,
    result,
    error,
    dismissError: () => setError(null),
    dismissResult: () => setResult(null),
    /** Why the last batch left this request unanswered; none when it was answered or not in it. */
    refusalOf: (id: number): BatchOutcome | undefined =>
      dismissed.has(id) ? undefined : result?.outcomes.find((o) => o.id === id && o.result !== 'ANSWERED'),
    dismissRefusal: (id: number) => setDismissed((current) => new Set(current).add(id)),
  };
}
