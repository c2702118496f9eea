import { canEditPlan } from '@/lib/plan-permissions';
import type { Plan, Role } from '@/types/api';

/**
 * Who may read a plan's delegations and engagements (docs/reference/roles.md, "Who may see and do what"):
 * administrators, officers and planners; venue managers never (the API answers 403).
 */
export function canReadPlanContent(roles: readonly Role[]): boolean {
  return roles.some((role) => role === 'ADMIN' || role === 'PROTOCOL_OFFICER' || role === 'PLANNER');
}

/**
 * Who may add, change and delete them: whoever may edit the plan (officers a live plan, planners
 * too a scenario until it is adopted), and not while it is being solved (the API answers 409).
 * The API is what enforces it; the screens only spare people buttons they may not use.
 */
export function canEditPlanContent(
  plan: Pick<Plan, 'kind' | 'scenarioStatus'>,
  roles: readonly Role[],
  solving = false,
): boolean {
  return !solving && canEditPlan(plan, roles);
}
