import { canvasMeasure, fittedLabel, type Measure } from '@/lib/label-fit';
import { textElement } from '@/lib/text-element';
import type { BoardGroup, BoardItem } from '@/lib/board-rows';

/**
 * What the plan timeline hands vis-timeline: rows and engagements as elements (never HTML), the
 * axis' labels and the window it opens on.
 */

const HOUR = 60 * 60_000;

/** The items on rows the timeline shows: a closed venue's spaces have no rows. */
export function onRows(items: BoardItem[], groups: BoardGroup[]): BoardItem[] {
  const rows = new Set(groups.map((group) => group.id));
  return items.filter((item) => rows.has(item.group));
}
const DAY = 24 * HOUR;

/**
 * The window the board opens on: the busiest day of the plan from 07:00 to 23:00 (the customary
 * protocol hours), or the horizon's first day while nothing is scheduled.
 */
export function initialWindow(items: BoardItem[], horizon: { start: Date; end: Date }): { start: Date; end: Date } {
  if (items.length === 0) {
    return { start: horizon.start, end: new Date(Math.min(horizon.end.getTime(), horizon.start.getTime() + DAY)) };
  }
  const dayStart = busiestDay(items, horizon.start);
  return { start: new Date(dayStart + 7 * HOUR), end: new Date(dayStart + 23 * HOUR) };
}

/** The start of the horizon day on which most items start. */
function busiestDay(items: BoardItem[], horizonStart: Date): number {
  const counts = new Map<number, number>();
  for (const item of items) {
    const day = Math.floor((item.start.getTime() - horizonStart.getTime()) / DAY);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const [day] = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return horizonStart.getTime() + day * DAY;
}

/** Numbers only on the axis: the same in both languages, and no month names to translate. */
export const LABELS = {
  minorLabels: {
    millisecond: 'HH:mm',
    second: 'HH:mm',
    minute: 'HH:mm',
    hour: 'HH:mm',
    weekday: 'MM-DD',
    day: 'MM-DD',
    week: 'MM-DD',
    month: 'YYYY-MM',
    year: 'YYYY',
  },
  majorLabels: {
    millisecond: 'YYYY-MM-DD',
    second: 'YYYY-MM-DD',
    minute: 'YYYY-MM-DD',
    hour: 'YYYY-MM-DD',
    weekday: 'YYYY-MM',
    day: 'YYYY-MM',
    week: 'YYYY-MM',
    month: 'YYYY',
    year: '',
  },
};

/**
 * What vis-timeline draws of a row: a venue's name is a button that opens or closes it. Always an
 * element, never a string: vis-timeline writes a string into the page as HTML (through a filter
 * that keeps harmless markup, so a name like `<b>Hall</b>` would still not read as written).
 */
export interface TimelineGroup {
  id: string;
  content: HTMLElement;
  className?: string;
  order: number;
}

/**
 * The width of the rows' labels, in pixels: a long name is cut to it (and says so) rather than
 * widening the column and leaving the timeline less room.
 */
export const ROW_LABEL_WIDTH = 200;
/** A venue's label starts with its open or closed mark, a space's is indented: 1.2 and 1.6 em of 14 px. */
const VENUE_TEXT_WIDTH = ROW_LABEL_WIDTH - 17;
const SPACE_TEXT_WIDTH = ROW_LABEL_WIDTH - 23;

const measures = new Map<string, Measure>();
function measureFor(weight: number): Measure {
  const font = `${weight} 14px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  let measure = measures.get(font);
  if (!measure) {
    measure = canvasMeasure(font);
    measures.set(font, measure);
  }
  return measure;
}

export function toTimelineGroup(group: BoardGroup): TimelineGroup {
  if (!group.venue) {
    const label = fittedLabel(document.createElement('span'), group.content, SPACE_TEXT_WIDTH, measureFor(400));
    return { id: group.id, content: label, className: group.className, order: group.order };
  }
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'board-venue-toggle';
  toggle.dataset.venue = group.venue.id;
  toggle.setAttribute('aria-expanded', String(group.venue.open));
  fittedLabel(toggle, group.content, VENUE_TEXT_WIDTH, measureFor(600));
  return { id: group.id, content: toggle, className: group.className, order: group.order };
}

/**
 * What an engagement shows on the timeline: its title in an element of its own that takes the
 * keyboard's focus (Tab reaches every engagement drawn; Enter or Space opens its details). An
 * element rather than HTML, so that vis-timeline's XSS filter keeps the attributes and the title
 * is never read as markup.
 */
export function itemLabel(item?: BoardItem): HTMLElement | string {
  if (!item) return '';
  const label = document.createElement('span');
  label.className = 'board-item-label';
  label.tabIndex = 0;
  label.setAttribute('role', 'button');
  label.setAttribute('aria-label', item.title);
  label.dataset.eventId = item.eventId;
  label.textContent = item.content;
  return label;
}

/** An engagement's tooltip (its title, type and booking state), as text. */
export function itemTooltip(item?: BoardItem): HTMLElement | string {
  return item ? textElement(item.title) : '';
}

/** The engagement a key opens: Enter or Space on an engagement's label, else none. */
export function engagementToOpen(event: Pick<KeyboardEvent, 'key' | 'target'>): string | undefined {
  if (event.key !== 'Enter' && event.key !== ' ') return undefined;
  return (event.target as HTMLElement | null)?.closest?.<HTMLElement>('[data-event-id]')?.dataset.eventId;
}

/** Whether a row changed since it was last handed to the timeline. */
export const signature = (group: BoardGroup) =>
  `${group.content}|${group.className}|${group.order}|${group.venue?.open}`;
