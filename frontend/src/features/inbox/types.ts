import type { components } from '@/types/generated/openapi';

type Schemas = components['schemas'];

export type BookingStatus = Schemas['BookingResponse']['status'];

/** What the signed-in user may do with a booking now (confirm, decline, cancel, withdraw), as the server says. */
export type BookingAction = Schemas['BookingResponse']['allowedActions'][number];

/**
 * A booking as GET /api/bookings answers it. For a venue manager a confidential engagement comes
 * with `id`, `title` and `attendees` null (docs/reference/roles.md, role matrix): the API redacts, the UI says so.
 * `venueManaged`: whether the venue has managers, who answer its requests; else the protocol officers answer them.
 */
export type Booking = Schemas['BookingResponse'];

/** The engagement booked; `id`, `title` and `attendees` (the delegations' names and country codes) are null where the reader may not see them. */
export type BookedEngagement = Schemas['EngagementSummary'];

/** POST /api/me/feed-token: the token is in this answer only; the feed paths are templates. */
export type FeedToken = Schemas['FeedTokenResponse'];

/**
 * What became of one booking of a batch answer (POST /api/bookings/answers): its `result`, the `status` its single
 * answer would have had, why it was refused (`detail`), and the booking as it is now where the answerer may see it.
 */
export type BatchOutcome = Schemas['Outcome'];

export type BatchResult = BatchOutcome['result'];

/** The answer to a batch: every booking's outcome, in the order they were sent. */
export type BatchAnswer = Schemas['BatchAnswerResponse'];
