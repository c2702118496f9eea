/**
 * The backend's HTTP shapes, from the types that openapi-typescript generates out of
 * frontend/openapi.json (the backend's /v3/api-docs, kept current by its OpenApiDocumentIT). A property the
 * backend always sends is required there; one it may send as null is optional and admits null
 * (docs/decisions/0109-api-fields-required-unless-nullable.md).
 */
import type { components } from './generated/openapi';

type Schemas = components['schemas'];

export type Role = Schemas['MeResponse']['roles'][number];

/** Languages the UI speaks; the same codes the backend stores as a user's preference. */
export type Language = 'en' | 'zh';

/**
 * What the signed-in user may do beyond any one record, as GET /api/me lists it (docs/api.md, "What the
 * signed-in user may do"): each backend module's policy names its own.
 */
export type UserAction =
  'administer' | 'answerOwnVenueBookings' | 'answerUnmanagedVenueBookings' | 'createPlan' | 'readPlans';

/** GET /api/me, and the answer of POST /login and PUT /api/me/preferences. */
export type CurrentUser = Omit<Schemas['MeResponse'], 'language' | 'allowedActions'> & {
  /** The language remembered for this user, or null when they never chose one. */
  language: Language | null;
  allowedActions: UserAction[];
};

/** PUT /api/me/preferences */
export type PreferencesUpdate = Schemas['Preferences'];

/** An RFC 7807 problem detail, as every error of the backend is (not described by springdoc). */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Field errors of a rejected request. */
  errors?: Array<{ path: string; message: string }>;
  /** A throttled sign-in (429): how long to wait before the next attempt. */
  retryAfterSeconds?: number;
  /** A sign-in refused although its password was right (no role, a local account while a directory is in use ...). */
  reason?: string;
  /** A plan that may not be deleted (409): how many of its bookings are requested or confirmed. */
  standingBookings?: number;
}

/**
 * GET /api/sign-in-options: the office directory, or null when none is configured. Its name (null: the UI's own
 * words for it), whether the password form takes its passwords (LDAP), and where the browser signs in on its own
 * page (OpenID Connect; null: nowhere).
 */
export type SignInOptions = Schemas['SignInOptions'];

/** A page of a list (`?page=&size=`), with the total. */
export type Page<T> = Omit<Schemas['PageResponsePlanResponse'], 'content'> & { content: T[] };

export type Plan = Schemas['PlanResponse'];

export type Placement = Schemas['Placement'];

/** GET /api/plans/{id}/delegations */
export type Delegation = Schemas['DelegationResponse'];

/** POST and PUT /api/plans/{id}/delegations: the exchange format's delegation, plus `version` to change one. */
export type DelegationRequest = Schemas['DelegationRequest'];

/** POST and PUT /api/plans/{id}/engagements: the exchange format's event, plus `version` to change one. */
export type EngagementRequest = Schemas['EngagementRequest'];

/** GET /api/plans/{id}/closures: a space the plan may not use for a while, in plan time. */
export type Closure = Schemas['ClosureResponse'];

/** POST /api/plans/{id}/closures: the exchange format's closure element. */
export type ClosureRequest = Schemas['ClosureRequest'];

/** An engagement; its `assignment` is where it is now, null when it is unscheduled. */
export type Engagement = Schemas['EngagementResponse'];

export type MatchExplanation = Schemas['MatchExplanation'];

export type ConstraintAnalysis = Schemas['ConstraintAnalysis'];

export type RuledOut = Schemas['RuledOut'];

export type UnscheduledEngagement = Schemas['UnscheduledEngagement'];

export type ScoreDoc = Schemas['ScoreDoc'];

/** A score by level, as the solve status and the analysis carry it. */
export type Score = ScoreDoc;

export type ScoreAnalysis = Schemas['ScoreAnalysis'];

export type ScorePreviewRequest = Schemas['ScorePreviewRequest'];

export type ScorePreview = Schemas['ScorePreview'];

/** An engagement a solve left away from its published place: from there to where it is now (none: unscheduled). */
export type MovedEngagement = Schemas['MovedEngagement'];

/** One place an engagement could go, with the score there and the matches the move adds and removes. */
export type PlaceOption = Schemas['PlaceOption'];

/** GET /api/plans/{id}/engagements/{eventId}/places: the best places, best first. */
export type PlaceOptions = Schemas['PlaceOptions'];

/** A plan's latest solve; its `startingScore` is that of the running solve, null while queued and once it has ended. */
export type SolveStatus = Schemas['SolveStatus'];

/** What a publish did (POST /api/plans/{id}/publish). */
export type PublishResult = Pick<Schemas['PublishResponse'], 'created' | 'withdrawn' | 'unchanged'>;

export type AssignmentRequest = Schemas['AssignmentRequest'];

export type AssignmentResponse = Schemas['AssignmentResponse'];

export type WeightRow = Schemas['WeightRow'];

export type WeightsResponse = Schemas['WeightsResponse'];

export type WeightsRequest = Schemas['WeightsRequest'];

export type VenueSummary = Schemas['VenueSummary'];

export type SpaceDetail = Schemas['SpaceDetail'];

export type VenueDetail = Schemas['VenueDetail'];

export type SpaceRequest = Schemas['SpaceRequest'];

/** A plan's own venue (brought by its import, not in the catalogue) and the catalogue venues of its name. */
export type ImportedVenue = Schemas['ImportedVenue'];

export type Area = Schemas['AreaResponse'];

/** GET /api/map-tiles: a Leaflet URL template, or null when no tile server is configured. */
export type MapTiles = Schemas['MapTilesResponse'];

/** A booking as the board needs it: which engagement, where, when, in which state, and why, if its answer said. */
export type BookingMark = Pick<Schemas['BookingResponse'], 'id' | 'status' | 'spaceId' | 'localStart'> & {
  engagement: { id: string };
  reason?: string | null;
};
