import { describe, expect, it } from 'vitest';
import { canAdopt, canCompare, canCreateScenario, canPropose } from './scenario-permissions';

const live = { kind: 'LIVE', scenarioStatus: undefined, originPlanId: undefined } as const;
const draft = { kind: 'SCENARIO', scenarioStatus: 'DRAFT', originPlanId: 1 } as const;
const proposed = { kind: 'SCENARIO', scenarioStatus: 'PROPOSED', originPlanId: 1 } as const;
const adopted = { kind: 'SCENARIO', scenarioStatus: 'ADOPTED', originPlanId: 1 } as const;
const orphan = { kind: 'SCENARIO', scenarioStatus: 'DRAFT', originPlanId: null } as const;

describe('who may do what with scenarios', () => {
  it('lets planners, officers and administrators copy a live plan, and not managers', () => {
    expect(canCreateScenario(live, ['PLANNER'])).toBe(true);
    expect(canCreateScenario(live, ['PROTOCOL_OFFICER'])).toBe(true);
    expect(canCreateScenario(live, ['ADMIN'])).toBe(true);
    expect(canCreateScenario(live, ['VENUE_MANAGER'])).toBe(false);
    expect(canCreateScenario(draft, ['PLANNER'])).toBe(false);
  });

  it('compares a scenario with the live plan it came from', () => {
    expect(canCompare(draft, ['PLANNER'])).toBe(true);
    expect(canCompare(adopted, ['PROTOCOL_OFFICER'])).toBe(true);
    expect(canCompare(live, ['PLANNER'])).toBe(false);
    expect(canCompare(orphan, ['PLANNER'])).toBe(false);
    expect(canCompare(draft, ['VENUE_MANAGER'])).toBe(false);
  });

  it('proposes drafts only', () => {
    expect(canPropose(draft, ['PLANNER'])).toBe(true);
    expect(canPropose(proposed, ['PLANNER'])).toBe(false);
    expect(canPropose(adopted, ['PROTOCOL_OFFICER'])).toBe(false);
    expect(canPropose(live, ['PLANNER'])).toBe(false);
    expect(canPropose(draft, ['VENUE_MANAGER'])).toBe(false);
  });

  it('lets officers and administrators adopt drafts and proposals, and never planners', () => {
    expect(canAdopt(proposed, ['PROTOCOL_OFFICER'])).toBe(true);
    expect(canAdopt(draft, ['ADMIN'])).toBe(true);
    expect(canAdopt(proposed, ['PLANNER'])).toBe(false);
    expect(canAdopt(adopted, ['PROTOCOL_OFFICER'])).toBe(false);
    expect(canAdopt(live, ['PROTOCOL_OFFICER'])).toBe(false);
  });
});
