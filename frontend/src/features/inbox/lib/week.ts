/**
 * Weeks in Beijing time for the week view: a week runs Monday to Sunday, Beijing days. Beijing
 * keeps UTC+8 all year (no daylight saving), so a Beijing day is a fixed UTC interval. Days are
 * written as ISO dates (`2027-04-12`).
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Beijing calendar date of an instant. */
export function beijingDate(instant: Date | string): string {
  const time = new Date(instant).getTime() + BEIJING_OFFSET_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** When a Beijing day begins, as an instant. */
export function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week a Beijing day belongs to. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The seven days of the week that starts on this Monday. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Whether [start, end) touches the Beijing day. */
export function overlapsDay(start: string, end: string, day: string): boolean {
  const from = dayStart(day).getTime();
  return new Date(start).getTime() < from + DAY_MS && new Date(end).getTime() > from;
}

/**
 * The week to open on: the week of the next booking from now on (the summit may be months away),
 * else the current week.
 */
export function firstWeek(bookings: ReadonlyArray<{ startsAt: string; endsAt: string }>, now: Date): string {
  const upcoming = bookings
    .filter((booking) => new Date(booking.endsAt).getTime() > now.getTime())
    .map((booking) => booking.startsAt)
    .sort((a, b) => new Date(a).getTime() - new Date(b).getTime())[0];
  return mondayOf(beijingDate(upcoming ?? now));
}
