import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target';

const OFFICER = ['answerUnmanagedVenueBookings', 'createPlan', 'readPlans'] as const;

describe('where a notification leads', () => {
  it('takes whoever may not read plans (a venue manager) to the inbox, whatever it is about', () => {
    for (const subjectType of ['plan', 'booking', 'venue']) {
      expect(notificationTarget({ kind: 'BOOKING_LAPSED', subjectType, subjectId: '7' }, [])).toEqual({
        path: '/inbox',
      });
    }
  });

  it('takes an officer told of new requests to the inbox, where they answer them', () => {
    expect(notificationTarget({ kind: 'BOOKINGS_REQUESTED', subjectType: 'plan', subjectId: '7' }, OFFICER)).toEqual({
      path: '/inbox',
    });
  });

  it('takes an officer to the board of the plan a re-plan notice is about', () => {
    expect(notificationTarget({ kind: 'REPLAN_NEEDED', subjectType: 'plan', subjectId: '7' }, OFFICER)).toEqual({
      path: '/plans/7',
    });
  });

  it('takes a planner told of requests to the plan, as they answer none', () => {
    expect(
      notificationTarget({ kind: 'BOOKINGS_REQUESTED', subjectType: 'plan', subjectId: '7' }, ['readPlans']),
    ).toEqual({ path: '/plans/7' });
  });

  it('looks up the plan of a booking for everyone else', () => {
    const confirmed = { kind: 'BOOKING_CONFIRMED', subjectType: 'booking' };
    expect(notificationTarget({ ...confirmed, subjectId: '31' }, ['administer', 'readPlans'])).toEqual({
      bookingOfPlan: 31,
    });
    expect(notificationTarget({ ...confirmed, subjectId: 'x' }, ['administer', 'readPlans'])).toBeNull();
  });

  it('opens a venue, and leads nowhere for a subject it does not know', () => {
    expect(notificationTarget({ kind: 'other', subjectType: 'venue', subjectId: 'a b' }, ['readPlans'])).toEqual({
      path: '/venues/a%20b',
    });
    expect(notificationTarget({ kind: 'other', subjectType: 'account', subjectId: '1' }, ['readPlans'])).toBeNull();
  });
});
