/**
 * The scenario endpoints' shapes (docs/api.md), after the generated OpenAPI types: which
 * properties the backend always sends, and the parts springdoc cannot describe (KPIs are raw JSON,
 * the adoption refusal is a problem detail with extra properties).
 */
import type { Plan, ScoreDoc } from '@/types/api';
import type { Kpis, LocalDateTime } from '@/types/plan-document';

/** Where an engagement is in one plan: a space of a venue from a local start. */
export interface Place {
  spaceId: string;
  venueId: string;
  start: LocalDateTime;
}

export interface Moved {
  eventId: string;
  title: string;
  from: Place;
  to: Place;
}

/** Scheduled in one plan and not in the other; `onlyInOnePlan` when the other plan lacks it. */
export interface Placed {
  eventId: string;
  title: string;
  place: Place;
  onlyInOnePlan: boolean;
}

export interface PlanFigures {
  planId: number;
  name: string;
  revision: number;
  score: ScoreDoc;
  feasible: boolean;
  kpis?: Kpis | null;
}

/** GET /api/plans/{id}/comparison: a scenario against its live plan as it is now. */
export interface Comparison {
  scenario: PlanFigures;
  origin: PlanFigures;
  /** The scenario's score minus the live plan's, level by level. */
  scoreDifference: ScoreDoc;
  originChangedSinceCopy: boolean;
  moved: Moved[];
  newlyScheduled: Placed[];
  newlyUnscheduled: Placed[];
}

/** POST /api/plans/{id}/adopt */
export interface Adoption {
  scenario: Plan;
  livePlan: Plan;
}

/** One thing the live plan changed since the copy, as a refused adoption lists them. */
export interface LiveChange {
  /** delegation, engagement, closure, weight or venues */
  item: string;
  id?: string | null;
  /** changed, added, removed, moved, scheduled, unscheduled; for closures "2 added" */
  change: string;
}
