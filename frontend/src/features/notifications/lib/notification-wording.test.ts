import { describe, expect, it } from 'vitest';
import { wordNotification } from './notification-wording';

describe('wording a notification', () => {
  it('takes the plan and the counts of a publish’s notice from its fields, not its English text', () => {
    const wording = wordNotification({
      kind: 'BOOKINGS_REQUESTED',
      subjectId: '12',
      planName: 'Summit (copy)',
      bookingCount: 42,
      venueCount: 7,
      message: "Plan 'Summit (copy)' published: 42 booking request(s) at 7 venues, to be answered by …",
    });
    expect(wording).toEqual({
      key: 'BOOKINGS_REQUESTED',
      params: { id: '12', plan: 'Summit (copy)', count: 42, venues: 7, reason: '' },
    });
  });

  it('takes the reason of a decline from its text', () => {
    const wording = wordNotification({
      kind: 'BOOKING_DECLINED',
      subjectId: '4',
      planName: 'Summit',
      message:
        "Booking 4 of plan 'Summit' declined (reason: Hall under repair (east wing)):\n- Hall A (Yanqi Lake Hotel), 2027-04-12 10:00-11:00 Asia/Shanghai: PLENARY, 300 people, THEATRE [booking 4]",
    });
    expect(wording.params).toMatchObject({ id: '4', plan: 'Summit', reason: 'Hall under repair (east wing)' });
  });

  it('finds the plan of a notice written before notices named it, and words a kind it does not know', () => {
    expect(
      wordNotification({
        kind: 'REPLAN_NEEDED',
        subjectId: '9',
        message: "Plan 'Week' needs a re-plan: booking 4 was declined.",
      }),
    ).toMatchObject({ key: 'REPLAN_NEEDED', params: { plan: 'Week' } });
    expect(wordNotification({ kind: 'SOMETHING_NEW', subjectId: '1', message: '' }).key).toBe('other');
  });
});
