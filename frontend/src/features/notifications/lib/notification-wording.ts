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
  params: { id: string; plan: string; venue: string; count: string; reason: string };
}

/**
 * The backend stores each notice with its kind, its subject and an English text (also its e-mail).
 * The UI words the notice itself in its own language, from the kind and the subject, and takes from
 * the English text only the names it quotes: the plan's ('…plan 'X'…'), the venue's and the count
 * of requests, and a reason given with a decline or a cancellation.
 */
export function wordNotification(
  notification: Pick<Notification, 'kind' | 'subjectId' | 'message'>,
): NotificationWording {
  const message = notification.message ?? '';
  const key = (NOTIFICATION_KINDS as readonly string[]).includes(notification.kind)
    ? (notification.kind as NotificationKind)
    : 'other';
  const plan = /plan '([^']*)'/i.exec(message)?.[1] ?? '';
  const count = /^(\d+) booking request/.exec(message)?.[1] ?? '';
  const venue =
    /^\d+ booking request\(s\) from plan '[^']*' for (.+?)(?: \(a venue without managers|, to be answered by)/.exec(
      message,
    )?.[1] ??
    /\n- [^\n]*? \(([^)\n]+)\), \d{4}-/.exec(message)?.[1] ??
    '';
  const reason = /\(reason: ([^\n]*)\):\n/.exec(message)?.[1] ?? '';
  return { key, params: { id: notification.subjectId ?? '', plan, venue, count, reason } };
}
