/** Within this long of its answer-by time a request is due soon: the inbox marks it so too. */
export const SOON_MS = 24 * 60 * 60 * 1000;

export type DeadlineUrgency = 'overdue' | 'soon' | 'later' | 'none';

/** How pressing a deadline is at `now`: past, within a day, later, or none set. */
export function deadlineUrgency(answerBy: string | null | undefined, now: Date): DeadlineUrgency {
  if (!answerBy) return 'none';
  const left = new Date(answerBy).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= SOON_MS ? 'soon' : 'later';
}

/** The parts of the overview the user's roles bring, in the order the page shows them. */
export function partsOf(overview: {
  officer?: unknown;
  manager?: unknown;
  planner?: unknown;
  admin?: unknown;
}): Array<'officer' | 'manager' | 'planner' | 'admin'> {
  return (['officer', 'manager', 'planner', 'admin'] as const).filter((part) => overview[part] != null);
}
