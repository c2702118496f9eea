import type { SpaceDetail } from '@/types/api';
import { addDays } from './week';

/** A stretch of a Beijing day, as `HH:MM` to `HH:MM` (the end may be `24:00`). */
export interface Stretch {
  from: string;
  to: string;
  reason?: string | null;
}

/**
 * A space on one Beijing day: its daily opening windows (none: open all day, as the catalogue means an
 * empty list) and its blackouts that touch the day, cut to the day.
 */
export interface DayHours {
  windows: Stretch[];
  openAllDay: boolean;
  closures: Stretch[];
  closedAllDay: boolean;
}

/** Catalogue times are Beijing local date-times (`2027-04-12T10:00:00`): compared as text to the minute. */
function minute(localDateTime: string): string {
  return localDateTime.slice(0, 16);
}

export function hoursOn(space: Pick<SpaceDetail, 'open' | 'blackouts'>, day: string): DayHours {
  const start = `${day}T00:00`;
  const end = `${addDays(day, 1)}T00:00`;
  const closures = space.blackouts
    .filter((blackout) => minute(blackout.start) < end && minute(blackout.end) > start)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((blackout) => ({
      from: minute(blackout.start) <= start ? '00:00' : minute(blackout.start).slice(11),
      to: minute(blackout.end) >= end ? '24:00' : minute(blackout.end).slice(11),
      reason: blackout.reason,
    }));
  return {
    windows: space.open.map(({ from, to }) => ({ from, to })),
    openAllDay: space.open.length === 0,
    closures,
    closedAllDay: closures.some((closure) => closure.from === '00:00' && closure.to === '24:00'),
  };
}
