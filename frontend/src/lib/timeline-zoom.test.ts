import { describe, expect, it } from 'vitest';
import {
  canZoomIn,
  canZoomOut,
  dayRange,
  rangeCaption,
  viewOf,
  weekRange,
  zoomIn,
  zoomOut,
  type TimeRange,
} from './timeline-zoom';

// A 7-day plan in Beijing time (UTC+8): its days start at 16:00 UTC.
const horizon: TimeRange = { start: new Date('2027-04-11T16:00:00Z'), end: new Date('2027-04-18T16:00:00Z') };
const BEIJING = 480;
const at = (iso: string) => new Date(iso);
const range = (start: string, end: string): TimeRange => ({ start: at(start), end: at(end) });
const caption = (r: TimeRange) => rangeCaption(r, BEIJING);

describe('the zoom buttons', () => {
  it('step from the 07:00 to 23:00 day to eight hours, then four, around the same middle', () => {
    const day = range('2027-04-12T23:00:00Z', '2027-04-13T15:00:00Z'); // 04-13 07:00 to 23:00

    const eight = zoomIn(day, horizon);
    expect(caption(eight)).toBe('04-13 11:00 – 19:00');
    expect(caption(zoomIn(eight, horizon))).toBe('04-13 13:00 – 17:00');
  });

  it('step out to a whole day, two, four, then the whole horizon, and no further', () => {
    const day = range('2027-04-12T23:00:00Z', '2027-04-13T15:00:00Z');

    const whole = zoomOut(day, horizon);
    expect(caption(whole)).toBe('04-13 03:00 – 04-14 03:00');
    const four = zoomOut(zoomOut(whole, horizon), horizon);
    expect(four.end.getTime() - four.start.getTime()).toBe(96 * 3_600_000);
    const all = zoomOut(four, horizon);
    expect(all).toEqual(horizon);
    expect(canZoomOut(all, horizon)).toBe(false);
    expect(canZoomOut(four, horizon)).toBe(true);
  });

  it('keep a zoomed-out range inside the horizon rather than centring it past its end', () => {
    const lastEvening = range('2027-04-18T10:00:00Z', '2027-04-18T14:00:00Z'); // 04-18 18:00 to 22:00

    const out = zoomOut(zoomOut(lastEvening, horizon), horizon); // 16 hours
    expect(out.end).toEqual(horizon.end);
    expect(caption(out)).toBe('04-18 08:00 – 24:00');
  });

  it('stop zooming in at one hour', () => {
    const hour = range('2027-04-13T02:00:00Z', '2027-04-13T03:00:00Z');

    expect(canZoomIn(hour)).toBe(false);
    expect(zoomIn(hour, horizon)).toEqual(hour);
    expect(canZoomIn(range('2027-04-13T02:00:00Z', '2027-04-13T04:00:00Z'))).toBe(true);
  });

  it('take a range dragged to an odd span to the next step', () => {
    const odd = range('2027-04-13T02:00:00Z', '2027-04-13T07:10:00Z'); // 5 h 10 min

    const shorter = zoomIn(odd, horizon);
    expect(shorter.end.getTime() - shorter.start.getTime()).toBe(4 * 3_600_000);
    const longer = zoomOut(odd, horizon);
    expect(longer.end.getTime() - longer.start.getTime()).toBe(8 * 3_600_000);
  });
});

describe('the day and week views', () => {
  it('show 07:00 to 23:00 of the day in the middle of the range', () => {
    const afternoon = range('2027-04-14T05:00:00Z', '2027-04-14T07:00:00Z'); // 04-14 13:00 to 15:00

    const day = dayRange(afternoon, horizon);
    expect(caption(day)).toBe('04-14 07:00 – 23:00');
    expect(viewOf(day, horizon)).toBe('day');
    expect(viewOf(afternoon, horizon)).toBeUndefined();
  });

  it('show seven days from that day, moved back to end with the horizon', () => {
    const secondDay = dayRange(range('2027-04-13T02:00:00Z', '2027-04-13T04:00:00Z'), horizon);

    const week = weekRange(secondDay, horizon);
    expect(week).toEqual(horizon);
    expect(viewOf(week, horizon)).toBe('week');
    expect(caption(week)).toBe('04-12 00:00 – 04-19 00:00');
  });

  it('show seven days from the middle day of a longer plan', () => {
    const fortnight = { start: horizon.start, end: new Date(horizon.start.getTime() + 14 * 86_400_000) };
    const third = range('2027-04-14T02:00:00Z', '2027-04-14T04:00:00Z');

    expect(caption(weekRange(third, fortnight))).toBe('04-14 00:00 – 04-21 00:00');
  });

  it('show the whole horizon as the week of a shorter plan', () => {
    const three = { start: horizon.start, end: new Date(horizon.start.getTime() + 3 * 86_400_000) };

    expect(weekRange(dayRange(three, three), three)).toEqual(three);
  });

  it('take a range out past the horizon back to its first or last day', () => {
    const before = range('2027-04-10T02:00:00Z', '2027-04-10T04:00:00Z');

    expect(caption(dayRange(before, horizon))).toBe('04-12 07:00 – 23:00');
  });
});
