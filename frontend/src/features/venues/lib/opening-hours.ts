import type { TFunction } from 'i18next';
import type { SpaceDetail, SpaceRequest } from '@/types/api';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** The form's name for a range without a weekday: it holds on every day without ranges of its own. */
export const EVERY_DAY = 'EVERY_DAY';

export interface RangeForm {
  day: Weekday | typeof EVERY_DAY;
  from: string;
  to: string;
}

export interface ExceptionForm {
  date: string;
  kind: 'closed' | 'special';
  windows: Array<{ from: string; to: string }>;
}

export function rangesToForm(space: SpaceDetail): RangeForm[] {
  return space.open.map((w) => ({ day: w.weekday ?? EVERY_DAY, from: w.from, to: w.to }));
}

export function exceptionsToForm(space: SpaceDetail): ExceptionForm[] {
  return space.exceptions.map((e) => ({
    date: e.date,
    kind: e.closed ? 'closed' : 'special',
    windows: e.windows,
  }));
}

export function rangesToRequest(ranges: RangeForm[]): SpaceRequest['open'] {
  return ranges.map((r) => ({ from: r.from, to: r.to, weekday: r.day === EVERY_DAY ? undefined : r.day }));
}

export function exceptionsToRequest(exceptions: ExceptionForm[]): SpaceRequest['exceptions'] {
  return exceptions.map((e) =>
    e.kind === 'closed' ? { date: e.date, closed: true } : { date: e.date, windows: e.windows ?? [] },
  );
}

const joinRanges = (ranges: Array<{ from: string; to: string }>) =>
  [...ranges]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((w) => `${w.from}–${w.to}`)
    .join(', ');

/**
 * A space's week as lines of text, every-day ranges first, then each weekday with ranges of its own; a
 * week with weekday ranges and no every-day ones closes its other days, which the last line says.
 */
export function describeWeek(space: SpaceDetail, t: TFunction): string[] {
  if (space.open.length === 0) {
    return [t('openingHours.alwaysOpen')];
  }
  const everyDay = space.open.filter((w) => !w.weekday);
  const lines =
    everyDay.length > 0
      ? [t('openingHours.line', { day: t('openingHours.everyDay'), ranges: joinRanges(everyDay) })]
      : [];
  for (const day of WEEKDAYS) {
    const own = space.open.filter((w) => w.weekday === day);
    if (own.length > 0) {
      lines.push(t('openingHours.line', { day: t(`openingHours.weekday.${day}`), ranges: joinRanges(own) }));
    }
  }
  const daysWithRanges = new Set(space.open.map((w) => w.weekday).filter(Boolean));
  if (everyDay.length === 0 && daysWithRanges.size < WEEKDAYS.length) {
    lines.push(t('openingHours.closedOtherDays'));
  }
  return lines;
}

/** A space's dated exceptions as lines of text, in date order. */
export function describeExceptions(space: SpaceDetail, t: TFunction): string[] {
  return [...space.exceptions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) =>
      e.closed
        ? t('openingHours.closedOnDate', { date: e.date })
        : t('openingHours.line', { day: e.date, ranges: joinRanges(e.windows) }),
    );
}
