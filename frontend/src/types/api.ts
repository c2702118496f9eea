/**
 * Shapes of the backend's HTTP API that the UI uses, written to the contract agreed for the
 * sign-in slice (shared/spec/api.md). To be replaced by types generated from the backend's
 * OpenAPI document (/v3/api-docs) once the backend publishes one.
 */

export type Role = 'PROTOCOL_OFFICER' | 'VENUE_MANAGER' | 'PLANNER' | 'ADMIN';

/** Languages the UI speaks; the same codes the backend stores as a user's preference. */
export type Language = 'en' | 'zh';

/** GET /api/me, and the answer of POST /login and PUT /api/me/preferences. */
export interface CurrentUser {
  username: string;
  displayName: string;
  roles: Role[];
  /** Venues this user manages (venue managers); empty for everyone else. */
  managedVenueIds: Array<string | number>;
  /** The language remembered for this user, or null when they never chose one. */
  language: Language | null;
}

/** PUT /api/me/preferences */
export interface PreferencesUpdate {
  language: Language;
}

/** An RFC 7807 problem detail, as every error of the backend is. */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Field errors of a rejected request. */
  errors?: Array<{ path: string; message: string }>;
}
