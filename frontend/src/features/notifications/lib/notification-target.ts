import type { UserAction } from '@/types/api';
import type { Notification } from '../types';

/** Where a notification leads: a screen, or a booking whose plan must be looked up first. */
export type NotificationTarget = { path: string } | { bookingOfPlan: number } | null;

/**
 * What a notification is about, as a place in the UI. New requests lead whoever answers them to the
 * inbox, and so does every notice for who may not read plans (a venue manager: withdrawals, lapses,
 * cancellations); everyone else goes to the plan board: of the plan itself (re-plan notices) or of the
 * booking's plan.
 */
export function notificationTarget(
  notification: Pick<Notification, 'kind' | 'subjectType' | 'subjectId'>,
  actions: readonly UserAction[],
): NotificationTarget {
  const answers = actions.includes('answerOwnVenueBookings') || actions.includes('answerUnmanagedVenueBookings');
  if (!actions.includes('readPlans') || (notification.kind === 'BOOKINGS_REQUESTED' && answers)) {
    return { path: '/inbox' };
  }
  const id = notification.subjectId;
  if (id == null) {
    return null;
  }
  switch (notification.subjectType) {
    case 'plan':
      return { path: `/plans/${encodeURIComponent(id)}` };
    case 'booking':
      return Number.isInteger(Number(id)) ? { bookingOfPlan: Number(id) } : null;
    case 'venue':
      return { path: `/venues/${encodeURIComponent(id)}` };
    default:
      return null;
  }
}
