/** A notice as GET /api/notifications answers it; `subjectType` and `subjectId` say what it is about. */
export interface Notification {
  id: number;
  kind: string;
  /** `plan`, `booking` or `venue` */
  subjectType: string;
  subjectId: string;
  /** The plan it is about, by which the notices are grouped; null for none. */
  planId?: number | null;
  planName?: string | null;
  /** A notice about many requests (a publish) counts them, and the venues they are at; null otherwise. */
  bookingCount?: number | null;
  venueCount?: number | null;
  /** The backend's English text, as it was e-mailed. */
  message: string;
  createdAt: string;
  readAt?: string | null;
  read: boolean;
}

/** GET /api/notifications/plans: a reader's notices about one plan (null: about none), counted. */
export interface NotificationGroup {
  planId?: number | null;
  planName?: string | null;
  total: number;
  unread: number;
  latestAt: string;
}
