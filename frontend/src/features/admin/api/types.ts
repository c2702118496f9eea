/** The administration endpoints' shapes (docs/api.md), after the generated OpenAPI types. */
import type { components } from '@/types/generated/openapi';

type Schemas = components['schemas'];

export type Account = Schemas['AccountResponse'];

export type NewAccount = Schemas['NewAccount'];
export type AccountChange = Schemas['AccountChange'];

/** One change in the audit log; before and after are the record as JSON (null for create or delete). */
export type AuditEntry = Schemas['AuditEntry'];

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  user?: string;
  /** ISO instants */
  from?: string;
  to?: string;
}

/** The entities the audit log records, as GET /api/audit filters them. */
export const AUDITED_ENTITIES = [
  'venue',
  'space',
  'delegation',
  'engagement',
  'plan',
  'closure',
  'weights',
  'booking',
  'account',
  'sign-in-address',
] as const;
