/**
 * The scenario endpoints' shapes (docs/api.md): the generated OpenAPI types, and the parts springdoc cannot
 * describe (KPIs are raw JSON, the adoption refusal is a problem detail with extra properties).
 */
import type { components } from '@/types/generated/openapi';
import type { Kpis } from '@/types/plan-document';

type Schemas = components['schemas'];

/** Where an engagement is in one plan: a space of a venue from a local start. */
export type Place = Schemas['Place'];

export type Moved = Schemas['Moved'];

/** Scheduled in one plan and not in the other; `onlyInOnePlan` when the other plan lacks it. */
export type Placed = Schemas['Placed'];

/** A plan's figures; its KPIs are the solution document's, which springdoc describes as raw JSON. */
export type PlanFigures = Omit<Schemas['PlanFigures'], 'kpis'> & { kpis: Kpis };

/**
 * GET /api/plans/{id}/comparison: a scenario against its live plan as it is now; `scoreDifference` is the
 * scenario's score minus the live plan's, level by level.
 */
export type Comparison = Omit<Schemas['Comparison'], 'scenario' | 'origin'> & {
  scenario: PlanFigures;
  origin: PlanFigures;
};

/** POST /api/plans/{id}/adopt */
export type Adoption = Schemas['Adoption'];

/** One thing the live plan changed since the copy, as a refused adoption lists them. */
export interface LiveChange {
  /** delegation, engagement, closure, weight or venues */
  item: string;
  id?: string | null;
  /** changed, added, removed, moved, scheduled, unscheduled; for closures "2 added" */
  change: string;
}
