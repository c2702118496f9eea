import { describe, expect, it } from 'vitest';
import { hoursOn } from './opening';

const hall = {
  open: [
    { from: '07:00', to: '12:00' },
    { from: '13:00', to: '23:00' },
  ],
  blackouts: [
    { start: '2027-04-12T10:00:00', end: '2027-04-12T14:30:00', reason: 'Sound check' },
    { start: '2027-04-13T20:00:00', end: '2027-04-15T08:00:00', reason: null },
  ],
};

describe('a space’s hours on one Beijing day', () => {
  it('gives its daily opening windows and the closures of that day', () => {
    expect(hoursOn(hall, '2027-04-12')).toEqual({
      windows: [
        { from: '07:00', to: '12:00' },
        { from: '13:00', to: '23:00' },
      ],
      openAllDay: false,
      closures: [{ from: '10:00', to: '14:30', reason: 'Sound check' }],
      closedAllDay: false,
    });
  });

  it('cuts a closure of several days to each day, and a whole day is closed all day', () => {
    expect(hoursOn(hall, '2027-04-13').closures).toEqual([{ from: '20:00', to: '24:00', reason: null }]);
    expect(hoursOn(hall, '2027-04-14')).toMatchObject({
      closures: [{ from: '00:00', to: '24:00' }],
      closedAllDay: true,
    });
    expect(hoursOn(hall, '2027-04-15').closures).toEqual([{ from: '00:00', to: '08:00', reason: null }]);
    expect(hoursOn(hall, '2027-04-16').closures).toEqual([]);
  });

  it('reads no opening windows as open all day', () => {
    expect(hoursOn({ open: [], blackouts: [] }, '2027-04-12')).toMatchObject({ windows: [], openAllDay: true });
  });
});
