import type { UserAction } from '@/types/api';
import type { Notification } from '../types';

/** Where a notification leads: a screen, or a booking whose plan must be looked up first. */
export type NotificationTarget = { path: string } | { bookingOfPlan: number } | null;

/**
 * What a notification is about, as a place in the UI. Who may not read plans (a venue manager) answers in
 * the inbox, whatever the notice (requests, withdrawals, lapses, cancellations); everyone else goes to the
 * plan board: of the plan itself (requests, re-plan notices) or of the booking's plan.
 */
export function notificationTarget(
  notification: Pick<Notification, 'subjectType' | 'subjectId'>,
  actions: readonly UserAction[],
): NotificationTarget {
  if (!actions.includes('readPlans')) {
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
