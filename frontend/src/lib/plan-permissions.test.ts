import { describe, expect, it } from 'vitest';
import { canEditPlan, canPublishPlan } from './plan-permissions';

const live = { kind: 'LIVE', scenarioStatus: undefined } as const;
const draft = { kind: 'SCENARIO', scenarioStatus: 'DRAFT' } as const;
const adopted = { kind: 'SCENARIO', scenarioStatus: 'ADOPTED' } as const;

describe('who may change a plan', () => {
  it('lets officers change live plans and planners only scenarios', () => {
    expect(canEditPlan(live, ['PROTOCOL_OFFICER'])).toBe(true);
    expect(canEditPlan(live, ['PLANNER'])).toBe(false);
    expect(canEditPlan(draft, ['PLANNER'])).toBe(true);
    expect(canEditPlan(adopted, ['PLANNER'])).toBe(false);
    expect(canEditPlan(live, ['VENUE_MANAGER'])).toBe(false);
  });

  it('publishes only live plans, by officers and administrators', () => {
    expect(canPublishPlan(live, ['ADMIN'])).toBe(true);
    expect(canPublishPlan(draft, ['PROTOCOL_OFFICER'])).toBe(false);
    expect(canPublishPlan(live, ['PLANNER'])).toBe(false);
  });
});
