import { describe, expect, it } from 'vitest';
import { beijingDate, dayStart, firstWeek, mondayOf, overlapsDay, weekDays } from './week';

describe('Beijing weeks', () => {
  it('dates an instant by the Beijing day', () => {
    expect(beijingDate('2027-04-11T16:00:00Z')).toBe('2027-04-12');
    expect(beijingDate('2027-04-11T15:59:00Z')).toBe('2027-04-11');
    expect(dayStart('2027-04-12').toISOString()).toBe('2027-04-11T16:00:00.000Z');
  });

  it('runs a week from Monday to Sunday', () => {
    expect(mondayOf('2027-04-12')).toBe('2027-04-12'); // a Monday
    expect(mondayOf('2027-04-18')).toBe('2027-04-12'); // the Sunday after
    expect(weekDays('2027-04-12')).toEqual([
      '2027-04-12',
      '2027-04-13',
      '2027-04-14',
      '2027-04-15',
      '2027-04-16',
      '2027-04-17',
      '2027-04-18',
    ]);
  });

  it('finds the bookings of a day, also one that runs past midnight', () => {
    expect(overlapsDay('2027-04-12T12:00:00Z', '2027-04-12T17:00:00Z', '2027-04-13')).toBe(true);
    expect(overlapsDay('2027-04-12T12:00:00Z', '2027-04-12T16:00:00Z', '2027-04-13')).toBe(false);
  });

  it('opens on the week of the next booking, else on this week', () => {
    const now = new Date('2026-11-28T06:00:00Z');
    const bookings = [
      { startsAt: '2027-04-14T02:00:00Z', endsAt: '2027-04-14T03:00:00Z' },
      { startsAt: '2026-11-01T02:00:00Z', endsAt: '2026-11-01T03:00:00Z' },
    ];
    expect(firstWeek(bookings, now)).toBe('2027-04-12');
    expect(firstWeek([], now)).toBe('2026-11-23');
  });
});
