/**
 * The backend's HTTP shapes, from the types that openapi-typescript generates out of
 * frontend/openapi.json (the backend's /v3/api-docs, kept current by its OpenApiDocumentIT).
 *
 * springdoc marks no response property as required, so every generated property is optional. The
 * aliases below say which properties the backend always sends (Java primitives, lists and ids)
 * and which it may leave out or send as null (wrapper types and nested records that stand for
 * "none", such as an unscheduled engagement's assignment).
 */
import type { components } from './generated/openapi';

type Schemas = components['schemas'];

/** Every property present, except the listed ones, which may be missing or null. */
type Sent<T, Optional extends keyof T = never> = { [K in Exclude<keyof T, Optional>]-?: Exclude<T[K], undefined> } & {
  [K in Optional]?: T[K] | null;
};

export type Role = NonNullable<Schemas['MeResponse']['roles']>[number];

/** Languages the UI speaks; the same codes the backend stores as a user's preference. */
export type Language = 'en' | 'zh';

/**
 * What the signed-in user may do beyond any one record, as GET /api/me lists it (docs/api.md, "What the
 * signed-in user may do"): each backend module's policy names its own.
 */
export type UserAction =
  'administer' | 'answerOwnVenueBookings' | 'answerUnmanagedVenueBookings' | 'createPlan' | 'readPlans';

/** GET /api/me, and the answer of POST /login and PUT /api/me/preferences. */
export type CurrentUser = Omit<Sent<Schemas['MeResponse']>, 'language' | 'allowedActions'> & {
  /** The language remembered for this user, or null when they never chose one. */
  language: Language | null;
  allowedActions: UserAction[];
};

/** PUT /api/me/preferences */
export interface PreferencesUpdate {
  language: Language;
}

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
}

/**
 * GET /api/sign-in-options: the office directory, or null when none is configured. Its name (null: the UI's own
 * words for it), whether the password form takes its passwords (LDAP), and where the browser signs in on its own
 * page (OpenID Connect; null: nowhere).
 */
export interface SignInOptions {
  directory: Sent<Schemas['DirectoryOption'], 'name' | 'nameZh' | 'signInUrl'> | null;
}

/** A page of a list (`?page=&size=`), with the total. */
export type Page<T> = Omit<Sent<Schemas['PageResponsePlanResponse']>, 'content'> & { content: T[] };

export type Plan = Sent<Schemas['PlanResponse'], 'scenarioStatus' | 'originPlanId' | 'originRevision'>;

export type Placement = Sent<Schemas['Placement']>;

/** GET /api/plans/{id}/delegations */
export type Delegation = Sent<Schemas['DelegationResponse'], 'country' | 'hotelVenueId'>;

/** POST and PUT /api/plans/{id}/delegations: the exchange format's delegation, plus `version` to change one. */
export type DelegationRequest = Schemas['DelegationRequest'];

/** POST and PUT /api/plans/{id}/engagements: the exchange format's event, plus `version` to change one. */
export type EngagementRequest = Schemas['EngagementRequest'];

/** GET /api/plans/{id}/closures: a space the plan may not use for a while, in plan time. */
export type Closure = Sent<Schemas['ClosureResponse'], 'reason'>;

/** POST /api/plans/{id}/closures: the exchange format's closure element. */
export type ClosureRequest = Schemas['ClosureRequest'];

export type Engagement = Omit<
  Sent<
    Schemas['EngagementResponse'],
    'earliestStart' | 'latestEnd' | 'minSecurityGrade' | 'pinned' | 'published' | 'assignment'
  >,
  'pinned' | 'published' | 'assignment'
> & {
  pinned?: Placement | null;
  published?: Placement | null;
  /** Where it is now; null when it is unscheduled. */
  assignment?: Placement | null;
};

export type MatchExplanation = Sent<Schemas['MatchExplanation']>;

export type ConstraintAnalysis = Omit<Sent<Schemas['ConstraintAnalysis']>, 'explanations'> & {
  explanations: MatchExplanation[];
};

export type RuledOut = Sent<Schemas['RuledOut']>;

export type UnscheduledEngagement = Omit<Sent<Schemas['UnscheduledEngagement']>, 'ruledOut'> & { ruledOut: RuledOut[] };

export type ScoreDoc = Sent<Schemas['ScoreDoc']>;

/** A score by level, as the solve status and the analysis carry it. */
export type Score = ScoreDoc;

export type ScoreAnalysis = Omit<Sent<Schemas['ScoreAnalysis']>, 'score' | 'constraints' | 'unscheduled'> & {
  score: ScoreDoc;
  constraints: ConstraintAnalysis[];
  unscheduled: UnscheduledEngagement[];
};

export type ScorePreviewRequest = Schemas['ScorePreviewRequest'];

export type ScorePreview = Omit<Sent<Schemas['ScorePreview']>, 'current' | 'preview' | 'added' | 'removed'> & {
  current: ScoreDoc;
  preview: ScoreDoc;
  added: MatchExplanation[];
  removed: MatchExplanation[];
};

type SpaceAndStart = Sent<Schemas['SpaceAndStart']>;

/** An engagement a solve left away from its published place: from there to where it is now (none: unscheduled). */
export type MovedEngagement = Omit<Sent<Schemas['MovedEngagement'], 'title' | 'to'>, 'from' | 'to'> & {
  from: SpaceAndStart;
  to?: SpaceAndStart | null;
};

/** One place an engagement could go, with the score there and the matches the move adds and removes. */
export type PlaceOption = Omit<Sent<Schemas['PlaceOption']>, 'score' | 'difference' | 'added' | 'removed'> & {
  score: ScoreDoc;
  difference: ScoreDoc;
  added: MatchExplanation[];
  removed: MatchExplanation[];
};

/** GET /api/plans/{id}/engagements/{eventId}/places: the best places, best first. */
export type PlaceOptions = Omit<Sent<Schemas['PlaceOptions']>, 'current' | 'places'> & {
  current: ScoreDoc;
  places: PlaceOption[];
};

export type SolveStatus = Omit<
  Sent<Schemas['SolveStatus'], 'queuedAt' | 'startedAt' | 'endedAt' | 'queuePosition' | 'error' | 'requestedBy'>,
  'bestScore' | 'moved' | 'startingScore'
> & {
  bestScore?: Sent<Schemas['Score']> | null;
  moved?: MovedEngagement[] | null;
  /** The score the running solve started from; null while queued and once it has ended. */
  startingScore?: Sent<Schemas['Score']> | null;
};

/** What a publish did (POST /api/plans/{id}/publish). */
export type PublishResult = Pick<Sent<Schemas['PublishResponse']>, 'created' | 'withdrawn' | 'unchanged'>;

export type AssignmentRequest = Schemas['AssignmentRequest'];

export type AssignmentResponse = Sent<Schemas['AssignmentResponse']>;

export type WeightRow = Sent<Schemas['WeightRow']>;

export type WeightsResponse = Omit<Sent<Schemas['WeightsResponse']>, 'weights'> & { weights: WeightRow[] };

export type WeightsRequest = Schemas['WeightsRequest'];

/** `importedWith` names the plan a plan's own venue came with; null for a venue of the catalogue. */
export type VenueSummary = Sent<
  Schemas['VenueSummary'],
  'nameZh' | 'type' | 'district' | 'lat' | 'lon' | 'securityGrade' | 'largestCapacity' | 'importedWith'
>;

export type SpaceDetail = Omit<Sent<Schemas['SpaceDetail'], 'nameZh' | 'sources' | 'notes'>, 'open' | 'blackouts'> & {
  open: Array<Sent<Schemas['OpeningWindowDto']>>;
  blackouts: Array<Sent<Schemas['BlackoutDto'], 'reason'>>;
};

export type VenueDetail = Omit<
  Sent<
    Schemas['VenueDetail'],
    'nameZh' | 'type' | 'district' | 'lat' | 'lon' | 'securityGrade' | 'sources' | 'notes' | 'importedWith'
  >,
  'spaces'
> & { spaces: SpaceDetail[] };

export type SpaceRequest = Schemas['SpaceRequest'];

/** A plan's own venue (brought by its import, not in the catalogue) and the catalogue venues of its name. */
export type ImportedVenue = Omit<Sent<Schemas['ImportedVenue']>, 'matches'> & {
  matches: Array<
    Omit<Sent<Schemas['VenueMatch'], 'nameZh'>, 'spaces'> & {
      spaces: Array<Sent<Schemas['SpaceMatch'], 'catalogueSpaceId'>>;
    }
  >;
};

export type Area = Sent<Schemas['AreaResponse'], 'nameZh' | 'type' | 'district' | 'lat' | 'lon' | 'sources' | 'notes'>;

/** GET /api/map-tiles: a Leaflet URL template, or null when no tile server is configured. */
export type MapTiles = Sent<Schemas['MapTilesResponse'], 'tileUrl'>;

/** A booking as the board needs it: which engagement, where, when, in which state, and why, if its answer said. */
export type BookingMark = Pick<Sent<Schemas['BookingResponse']>, 'id' | 'status' | 'spaceId' | 'localStart'> & {
  engagement: { id: string };
  reason?: string | null;
};
