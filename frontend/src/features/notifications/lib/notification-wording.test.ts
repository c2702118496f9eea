import { describe, expect, it } from 'vitest';
import { wordNotification } from './notification-wording';

describe('wording a notification', () => {
  it('takes the plan, the venue and the count of a request notice', () => {
    const wording = wordNotification({
      kind: 'BOOKINGS_REQUESTED',
      subjectId: '12',
      message:
        "3 booking request(s) from plan 'Summit (copy)' for China National Convention Center, to be answered by 2027-04-01 09:00 Beijing time:\n- Hall A (China National Convention Center), 2027-04-12 10:00-11:00 Asia/Shanghai: PLENARY, 300 people, THEATRE [booking 4]",
    });
    expect(wording).toEqual({
      key: 'BOOKINGS_REQUESTED',
      params: { id: '12', plan: 'Summit (copy)', venue: 'China National Convention Center', count: '3', reason: '' },
    });
  });

  it('takes the reason of a decline', () => {
    const wording = wordNotification({
      kind: 'BOOKING_DECLINED',
      subjectId: '4',
      message:
        "Booking 4 of plan 'Summit' declined (reason: Hall under repair (east wing)):\n- Hall A (Yanqi Lake Hotel), 2027-04-12 10:00-11:00 Asia/Shanghai: PLENARY, 300 people, THEATRE [booking 4]",
    });
    expect(wording.params).toMatchObject({
      id: '4',
      plan: 'Summit',
      venue: 'Yanqi Lake Hotel',
      reason: 'Hall under repair (east wing)',
    });
  });

  it('words a re-plan notice and a kind it does not know', () => {
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
