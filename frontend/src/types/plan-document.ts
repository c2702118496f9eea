/**
 * The exchange documents of docs/reference/exchange-format.md, as far as the UI reads them.
 * The backend writes them as raw JSON (not described in its OpenAPI document), so their shape is
 * written here, after the format's specification.
 */

/** A local date-time of the plan's time zone, such as 2026-09-01T09:00. */
export type LocalDateTime = string;

export interface DocumentSpace {
  id: string;
  name: string;
  /** The document's own (English) name, when `name` is the one in the UI's language (usePlanDocument). */
  nameInDocument?: string;
  capacity: Record<string, number>;
  features: string[];
  turnoverMinutes: number;
}

export interface DocumentVenue {
  id: string;
  name: string;
  /** The document's own (English) name, when `name` is the one in the UI's language (usePlanDocument). */
  nameInDocument?: string;
  lat: number;
  lon: number;
  securityGrade: string;
  prestige: number;
  spaces: DocumentSpace[];
}

export interface DocumentDelegation {
  id: string;
  /** ISO 3166-1 alpha-2; absent for an international organisation. */
  country?: string | null;
  name: string;
  headRank: string;
  size: number;
  arrival: LocalDateTime;
  departure: LocalDateTime;
}

/** GET /api/plans/{id}/export */
export interface PlanDocument {
  name: string;
  timeZone: string;
  horizon: { start: LocalDateTime; end: LocalDateTime; grainMinutes: number };
  venues: DocumentVenue[];
  delegations: DocumentDelegation[];
}

/** The figures of protocol quality (docs/reference/constraints.md) in a solution document. */
export interface Kpis {
  unscheduled: { count: number; priority: number };
  travelMinutes: number;
  prestigeGap: number;
  equalTreatmentSpread: number;
  emptySeatShare: number;
  offCustomaryHours: number;
}

/** GET /api/plans/{id}/solution */
export interface SolutionDocument {
  score: { hard: number; medium: number; soft: number };
  feasible: boolean;
  unassigned: string[];
  kpis?: Kpis;
}
