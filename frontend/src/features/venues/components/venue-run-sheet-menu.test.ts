import { describe, expect, it } from 'vitest';
import { runSheetDays } from './venue-run-sheet-menu';

describe('the run sheets a venue page offers', () => {
  it('are the plans and days of its requested and confirmed bookings, each once', () => {
    const booking = (planId: number, planName: string, status: string, localStart: string) => ({
      planId,
      planName,
      status,
      localStart,
    });
    expect(
      runSheetDays([
        booking(2, 'Summit', 'CONFIRMED', '2027-06-15T19:00:00'),
        booking(2, 'Summit', 'REQUESTED', '2027-06-15T09:00:00'),
        booking(1, 'Forum', 'REQUESTED', '2027-06-15T10:00:00'),
        booking(2, 'Summit', 'DECLINED', '2027-06-14T10:00:00'),
        booking(2, 'Summit', 'REQUESTED', '2027-06-13T10:00:00'),
      ]),
    ).toEqual([
      { planId: 2, planName: 'Summit', day: '2027-06-13' },
      { planId: 1, planName: 'Forum', day: '2027-06-15' },
      { planId: 2, planName: 'Summit', day: '2027-06-15' },
    ]);
  });
});
