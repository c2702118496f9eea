import type { Plan, Role } from '@/types/api';

type PlanState = Pick<Plan, 'kind' | 'scenarioStatus'>;

const has = (roles: readonly Role[], ...wanted: Role[]) => wanted.some((role) => roles.includes(role));

/**
 * Who may do what with scenarios (docs/reference/roles.md, "Who may see and do what"): planners, officers and
 * administrators copy live plans into scenarios, change, compare and propose them; only officers
 * and administrators adopt one. Venue managers see no plans at all. The backend enforces it; the
 * screens only spare people buttons they may not use.
 */
export function canCreateScenario(plan: PlanState, roles: readonly Role[]): boolean {
  return plan.kind === 'LIVE' && has(roles, 'ADMIN', 'PROTOCOL_OFFICER', 'PLANNER');
}

/** A scenario is compared with the live plan it was copied from. */
export function canCompare(plan: PlanState & Pick<Plan, 'originPlanId'>, roles: readonly Role[]): boolean {
  return plan.kind === 'SCENARIO' && plan.originPlanId != null && has(roles, 'ADMIN', 'PROTOCOL_OFFICER', 'PLANNER');
}

/** Only a draft is proposed. */
export function canPropose(plan: PlanState, roles: readonly Role[]): boolean {
  return (
    plan.kind === 'SCENARIO' && plan.scenarioStatus === 'DRAFT' && has(roles, 'ADMIN', 'PROTOCOL_OFFICER', 'PLANNER')
  );
}

/** Officers adopt a draft or a proposed scenario; an adopted one is read-only. */
export function canAdopt(plan: PlanState, roles: readonly Role[]): boolean {
  return (
    plan.kind === 'SCENARIO' &&
    (plan.scenarioStatus === 'DRAFT' || plan.scenarioStatus === 'PROPOSED') &&
    has(roles, 'ADMIN', 'PROTOCOL_OFFICER')
  );
}
