import { describe, expect, it } from 'vitest';
import { canEditPlanContent, canReadPlanContent } from './content-permissions';

const live = { kind: 'LIVE' as const, scenarioStatus: null };
const draft = { kind: 'SCENARIO' as const, scenarioStatus: 'DRAFT' as const };
const adopted = { kind: 'SCENARIO' as const, scenarioStatus: 'ADOPTED' as const };

describe('canReadPlanContent', () => {
  it('lets administrators, officers and planners read delegations and engagements', () => {
    expect(canReadPlanContent(['ADMIN'])).toBe(true);
    expect(canReadPlanContent(['PROTOCOL_OFFICER'])).toBe(true);
    expect(canReadPlanContent(['PLANNER'])).toBe(true);
  });

  it('keeps venue managers out', () => {
    expect(canReadPlanContent(['VENUE_MANAGER'])).toBe(false);
    expect(canReadPlanContent([])).toBe(false);
  });
});

describe('canEditPlanContent', () => {
  it('lets officers edit a live plan, and planners only read it', () => {
    expect(canEditPlanContent(live, ['PROTOCOL_OFFICER'])).toBe(true);
    expect(canEditPlanContent(live, ['ADMIN'])).toBe(true);
    expect(canEditPlanContent(live, ['PLANNER'])).toBe(false);
    expect(canEditPlanContent(live, ['VENUE_MANAGER'])).toBe(false);
  });

  it('lets planners edit a scenario until it is adopted', () => {
    expect(canEditPlanContent(draft, ['PLANNER'])).toBe(true);
    expect(canEditPlanContent(adopted, ['PLANNER'])).toBe(false);
    expect(canEditPlanContent(adopted, ['PROTOCOL_OFFICER'])).toBe(false);
  });

  it('refuses edits while the plan is being solved', () => {
    expect(canEditPlanContent(live, ['PROTOCOL_OFFICER'], true)).toBe(false);
  });
});
