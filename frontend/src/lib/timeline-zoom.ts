/**
 * The board's time range: the zoom steps of its zoom buttons, its day and week views, and the
 * range's caption. Days are the plan's days, counted from the horizon's start (midnight in the
 * plan's zone), as the window the board opens on.
 */

export interface TimeRange {
  start: Date;
  end: Date;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The customary protocol hours a day view shows: 07:00 to 23:00. */
const DAY_FROM = 7 * HOUR;
const DAY_TO = 23 * HOUR;

/** The spans the zoom buttons step through, shortest first; the horizon caps the longest. */
export const ZOOM_SPANS = [1, 2, 4, 8, 16, 24, 48, 96, 168].map((hours) => hours * HOUR);

/** Within a minute counts as the same span: a range dragged by hand is never exactly a step. */
const SAME = MINUTE;

const spanOf = (range: TimeRange) => range.end.getTime() - range.start.getTime();

/** A range of this span centred on `centre`, moved (not shortened) to lie within the horizon. */
function centred(centre: number, span: number, horizon: TimeRange): TimeRange {
  const limit = spanOf(horizon);
  const length = Math.min(span, limit);
  const start = Math.min(Math.max(centre - length / 2, horizon.start.getTime()), horizon.end.getTime() - length);
  return { start: new Date(start), end: new Date(start + length) };
}

const centreOf = (range: TimeRange) => range.start.getTime() + spanOf(range) / 2;

/** The next shorter step, around the same centre; the range itself at the shortest step. */
export function zoomIn(range: TimeRange, horizon: TimeRange): TimeRange {
  const span = spanOf(range);
  const shorter = ZOOM_SPANS.filter((step) => step < span - SAME).at(-1);
  return shorter === undefined ? range : centred(centreOf(range), shorter, horizon);
}

/** The next longer step, around the same centre, up to the whole horizon. */
export function zoomOut(range: TimeRange, horizon: TimeRange): TimeRange {
  const span = spanOf(range);
  const longer = ZOOM_SPANS.find((step) => step > span + SAME) ?? spanOf(horizon);
  return centred(centreOf(range), longer, horizon);
}

export const canZoomIn = (range: TimeRange) => spanOf(range) > ZOOM_SPANS[0]! + SAME;
export const canZoomOut = (range: TimeRange, horizon: TimeRange) => spanOf(range) < spanOf(horizon) - SAME;

/** The start of the plan day on which the range's centre lies. */
function dayOf(range: TimeRange, horizon: TimeRange): number {
  const from = horizon.start.getTime();
  const lastDay = Math.max(0, Math.ceil(spanOf(horizon) / DAY) - 1);
  const day = Math.min(Math.max(Math.floor((centreOf(range) - from) / DAY), 0), lastDay);
  return from + day * DAY;
}

/** The day view: 07:00 to 23:00 of the day in the middle of the range. */
export function dayRange(range: TimeRange, horizon: TimeRange): TimeRange {
  const day = dayOf(range, horizon);
  const start = Math.max(day + DAY_FROM, horizon.start.getTime());
  return { start: new Date(start), end: new Date(Math.min(day + DAY_TO, horizon.end.getTime())) };
}

/** The week view: seven whole days from the day in the middle of the range, kept within the horizon. */
export function weekRange(range: TimeRange, horizon: TimeRange): TimeRange {
  const week = Math.min(7 * DAY, spanOf(horizon));
  const start = Math.min(dayOf(range, horizon), horizon.end.getTime() - week);
  return { start: new Date(start), end: new Date(start + week) };
}

const sameRange = (a: TimeRange, b: TimeRange) =>
  Math.abs(a.start.getTime() - b.start.getTime()) <= SAME && Math.abs(a.end.getTime() - b.end.getTime()) <= SAME;

/** Which view the range is, if it is one: the buttons show it pressed. */
export function viewOf(range: TimeRange, horizon: TimeRange): 'day' | 'week' | undefined {
  if (sameRange(range, dayRange(range, horizon))) return 'day';
  if (sameRange(range, weekRange(range, horizon))) return 'week';
  return undefined;
}

/** "12-08 07:00 – 23:00", or "12-08 07:00 – 12-15 00:00" over days: in plan time, numbers only. */
export function rangeCaption(range: TimeRange, offsetMinutes: number): string {
  const local = (date: Date) => new Date(date.getTime() + offsetMinutes * MINUTE).toISOString();
  const [start, end] = [local(range.start), local(range.end)];
  const day = (iso: string) => iso.slice(5, 10);
  const time = (iso: string) => iso.slice(11, 16);
  if (day(start) === day(end)) return `${day(start)} ${time(start)} – ${time(end)}`;
  // A range ending at midnight ends its first day: "24:00" rather than the next day's "00:00".
  if (time(end) === '00:00' && spanOf(range) <= DAY) return `${day(start)} ${time(start)} – 24:00`;
  return `${day(start)} ${time(start)} – ${day(end)} ${time(end)}`;
}
