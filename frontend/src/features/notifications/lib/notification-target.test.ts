import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-target';

describe('where a notification leads', () => {
  it('takes whoever may not read plans (a venue manager) to the inbox, whatever it is about', () => {
    expect(notificationTarget({ subjectType: 'plan', subjectId: '7' }, [])).toEqual({ path: '/inbox' });
    expect(notificationTarget({ subjectType: 'booking', subjectId: '31' }, [])).toEqual({
      path: '/inbox',
    });
    expect(notificationTarget({ subjectType: 'venue', subjectId: 'cncc' }, [])).toEqual({
      path: '/inbox',
    });
  });

  it('takes an officer to the board of the plan a re-plan notice or a request is about', () => {
    expect(notificationTarget({ subjectType: 'plan', subjectId: '7' }, ['createPlan', 'readPlans'])).toEqual({
      path: '/plans/7',
    });
  });

  it('looks up the plan of a booking for everyone else', () => {
    expect(notificationTarget({ subjectType: 'booking', subjectId: '31' }, ['administer', 'readPlans'])).toEqual({
      bookingOfPlan: 31,
    });
    expect(notificationTarget({ subjectType: 'booking', subjectId: 'x' }, ['administer', 'readPlans'])).toBeNull();
  });

  it('opens a venue, and leads nowhere for a subject it does not know', () => {
    expect(notificationTarget({ subjectType: 'venue', subjectId: 'a b' }, ['readPlans'])).toEqual({
      path: '/venues/a%20b',
    });
    expect(notificationTarget({ subjectType: 'account', subjectId: '1' }, ['readPlans'])).toBeNull();
  });
});
