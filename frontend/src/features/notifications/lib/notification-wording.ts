import type { Notification } from '../types';

export const NOTIFICATION_KINDS = [
  'BOOKINGS_REQUESTED',
  'BOOKINGS_WITHDRAWN',
  'BOOKING_CONFIRMED',
  'BOOKING_DECLINED',
  'BOOKING_LAPSED',
  'BOOKING_CANCELLED',
  'REPLAN_NEEDED',
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The parameters a notice is worded from, in either language. */
export interface NotificationWording {
  /** The strings key under `notifications.kind`, or `other` for a kind this UI does not know. */
  key: NotificationKind | 'other';
  params: { id: string; plan: string; count: number; venues: number; reason: string };
}

/**
 * The backend stores each notice with its kind, its subject, its plan, the counts of a notice about many
 * requests, and an English text (also its e-mail). The UI words the notice in its own language from
 * those, and takes from the English text only a reason given with a decline or a cancellation (and the
 * plan's name where an old notice lacks it).
 */
export function wordNotification(
  notification: Pick<Notification, 'kind' | 'subjectId' | 'message' | 'planName' | 'bookingCount' | 'venueCount'>,
): NotificationWording {
  const message = notification.message ?? '';
  const key = (NOTIFICATION_KINDS as readonly string[]).includes(notification.kind)
    ? (notification.kind as NotificationKind)
    : 'other';
  const plan = notification.planName ?? /plan '([^']*)'/i.exec(message)?.[1] ?? '';
  const reason = /\(reason: ([^\n]*)\):\n/.exec(message)?.[1] ?? '';
  return {
    key,
    params: {
      id: notification.subjectId ?? '',
      plan,
      count: notification.bookingCount ?? 0,
      venues: notification.venueCount ?? 0,
      reason,
    },
  };
}
