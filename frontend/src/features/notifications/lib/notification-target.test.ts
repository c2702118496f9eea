import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target';

describe('where a notification leads', () => {
  it('takes a venue manager to the inbox, whatever it is about', () => {
    expect(notificationTarget({ subjectType: 'plan', subjectId: '7' }, ['VENUE_MANAGER'])).toEqual({ path: '/inbox' });
    expect(notificationTarget({ subjectType: 'booking', subjectId: '31' }, ['VENUE_MANAGER'])).toEqual({
      path: '/inbox',
    });
    expect(notificationTarget({ subjectType: 'venue', subjectId: 'cncc' }, ['VENUE_MANAGER'])).toEqual({
      path: '/inbox',
    });
  });

  it('takes an officer to the board of the plan a re-plan notice or a request is about', () => {
    expect(notificationTarget({ subjectType: 'plan', subjectId: '7' }, ['PROTOCOL_OFFICER'])).toEqual({
      path: '/plans/7',
    });
  });

  it('looks up the plan of a booking for everyone else', () => {
    expect(notificationTarget({ subjectType: 'booking', subjectId: '31' }, ['ADMIN'])).toEqual({ bookingOfPlan: 31 });
    expect(notificationTarget({ subjectType: 'booking', subjectId: 'x' }, ['ADMIN'])).toBeNull();
  });

  it('opens a venue, and leads nowhere for a subject it does not know', () => {
    expect(notificationTarget({ subjectType: 'venue', subjectId: 'a b' }, ['PLANNER'])).toEqual({
      path: '/venues/a%20b',
    });
    expect(notificationTarget({ subjectType: 'account', subjectId: '1' }, ['PLANNER'])).toBeNull();
  });
});
