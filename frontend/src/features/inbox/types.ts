import type { components } from '@/types/generated/openapi';

type Schemas = components['schemas'];

export type BookingStatus = NonNullable<Schemas['BookingResponse']['status']>;

/** What the signed-in user may do with a booking now (confirm, decline, cancel, withdraw), as the server says. */
export type BookingAction = NonNullable<Schemas['BookingResponse']['allowedActions']>[number];

/**
 * A booking as GET /api/bookings answers it. For a venue manager a confidential engagement comes
 * with `id`, `title` and `attendees` null (docs/reference/roles.md, role matrix): the API redacts, the UI says so.
 */
export interface Booking {
  id: number;
  planId: number;
  planName: string;
  status: BookingStatus;
  venueId: string;
  venueName: string;
  /** Whether the venue has managers, who answer its requests; else the protocol officers answer them. */
  venueManaged: boolean;
  spaceId: string;
  spaceName: string;
  startsAt: string;
  endsAt: string;
  busyUntil: string;
  timeZone: string;
  localStart: string;
  localEnd: string;
  answerBy?: string | null;
  reason?: string | null;
  replacesBookingId?: number | null;
  requestedAt: string;
  answeredAt?: string | null;
  answeredBy?: string | null;
  engagement?: BookedEngagement | null;
  version: number;
  allowedActions: BookingAction[];
}

export interface BookedEngagement {
  /** Null where the reader may not see it: an engagement's id names what it is. */
  id?: string | null;
  /** Null where the reader may not see it (a confidential engagement, for a venue manager). */
  title?: string | null;
  type: string;
  headcount: number;
  layout: string;
  requiredFeatures: string[];
  /** The delegations' names; null where the reader may not see them. */
  attendees?: string[] | null;
  confidential: boolean;
}

/** POST /api/me/feed-token: the token is in this answer only; the feed paths are templates. */
export interface FeedToken {
  token: string;
  issuedAt: string;
  /** `/feeds/{token}/venues/{venueId}.ics` */
  venueFeed: string;
  delegationFeed: string;
}

/** What became of one booking of a batch answer (POST /api/bookings/answers). */
export type BatchResult = NonNullable<Schemas['Outcome']['result']>;

export interface BatchOutcome {
  id: number;
  result: BatchResult;
  /** The status the single answer would have had: 200, 403, 404, 409 or 500. */
  status: number;
  /** Why it was refused, in the server's words; null when answered. */
  detail?: string | null;
  currentVersion?: number | null;
  conflictingBookingId?: number | null;
  /** The booking as it is now; null when it is not the answerer's to see. */
  booking?: Booking | null;
}

/** The answer to a batch: every booking's outcome, in the order they were sent. */
export interface BatchAnswer {
  answer: 'confirm' | 'decline';
  answered: number;
  refused: number;
  outcomes: BatchOutcome[];
}
