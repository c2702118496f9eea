import { allows } from '@/lib/allowed-actions';
import type { BatchOutcome, BatchResult, Booking } from '../types';

/** Whether a request can be answered from the list at all: it offers a confirm or a decline. */
export function answerable(booking: Pick<Booking, 'allowedActions'>): boolean {
  return allows(booking, 'confirm') || allows(booking, 'decline');
}

/** The page's requests that can be selected, by id. */
export function selectableIds(page: readonly Booking[]): number[] {
  return page.filter(answerable).map((booking) => booking.id);
}

/** Whether none, some or all of the page's selectable requests are selected. */
export function pageSelection(selected: ReadonlySet<number>, page: readonly Booking[]): 'none' | 'some' | 'all' {
  const ids = selectableIds(page);
  const chosen = ids.filter((id) => selected.has(id)).length;
  if (chosen === 0) return 'none';
  return chosen === ids.length ? 'all' : 'some';
}

/** The selection with the page's selectable requests all added (`checked`) or all taken out. */
export function withPage(selected: ReadonlySet<number>, page: readonly Booking[], checked: boolean): Set<number> {
  const next = new Set(selected);
  for (const id of selectableIds(page)) {
    if (checked) next.add(id);
    else next.delete(id);
  }
  return next;
}

export function toggled(selected: ReadonlySet<number>, id: number, checked: boolean): Set<number> {
  const next = new Set(selected);
  if (checked) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * The selected requests still in the list, in the list's order, with the version the list showed: a
 * request that left the list meanwhile (answered elsewhere, withdrawn) is no longer sent.
 */
export function chosenBookings(selected: ReadonlySet<number>, listed: readonly Booking[]): Booking[] {
  return listed.filter((booking) => selected.has(booking.id));
}

/** Refusals first (they need the reader), in the order sent; then the answered ones. */
export function outcomesInOrder(outcomes: readonly BatchOutcome[]): BatchOutcome[] {
  return [
    ...outcomes.filter((outcome) => outcome.result !== 'ANSWERED'),
    ...outcomes.filter((outcome) => outcome.result === 'ANSWERED'),
  ];
}

/** How many outcomes of each result, for the summary line. */
export function countByResult(outcomes: readonly BatchOutcome[]): Partial<Record<BatchResult, number>> {
  const counts: Partial<Record<BatchResult, number>> = {};
  for (const outcome of outcomes) counts[outcome.result] = (counts[outcome.result] ?? 0) + 1;
  return counts;
}
