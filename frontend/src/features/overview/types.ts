import type { components } from '@/types/generated/openapi';

type Schemas = components['schemas'];

/**
 * GET /api/overview: what needs the signed-in user now, one part per role they have (docs/api.md, "The start
 * page"); the parts of the roles they do not have are null.
 */
export type Overview = Schemas['OverviewResponse'];

export type OfficerWork = Schemas['OfficerWork'];
export type ManagerWork = Schemas['ManagerWork'];
export type PlannerWork = Schemas['PlannerWork'];
export type AdminWork = Schemas['AdminWork'];

/** How many requests must be answered by one time (null: none set). */
export type Deadline = Schemas['Deadline'];
