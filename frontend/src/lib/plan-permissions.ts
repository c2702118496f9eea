import type { Plan, Role } from '@/types/api';

const has = (roles: readonly Role[], ...wanted: Role[]) => wanted.some((role) => roles.includes(role));

/**
 * Who may change a plan (docs/reference/roles.md, "Who may see and do what"): officers and administrators a
 * live plan; planners too a scenario, until it is adopted. The backend enforces it; the board
 * only spares people buttons they may not use.
 */
export function canEditPlan(plan: Pick<Plan, 'kind' | 'scenarioStatus'>, roles: readonly Role[]): boolean {
  if (plan.kind === 'SCENARIO') {
    return plan.scenarioStatus !== 'ADOPTED' && has(roles, 'ADMIN', 'PROTOCOL_OFFICER', 'PLANNER');
  }
  return has(roles, 'ADMIN', 'PROTOCOL_OFFICER');
}

/** Only a live plan is published to the venues, by officers and administrators. */
export function canPublishPlan(plan: Pick<Plan, 'kind'>, roles: readonly Role[]): boolean {
  return plan.kind === 'LIVE' && has(roles, 'ADMIN', 'PROTOCOL_OFFICER');
}
