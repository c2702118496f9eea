import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { Kpis } from '@/types/plan-document';
import type { Comparison } from '../api/types';
import { adoptionRefusal, changeWords, comparisonView, levelChanges } from './comparison-view';

const kpis = (overrides: Partial<Kpis> = {}): Kpis => ({
  unscheduled: { count: 0, priority: 0 },
  travelMinutes: 100,
  prestigeGap: 1.5,
  equalTreatmentSpread: 0.2,
  emptySeatShare: 0.3,
  offCustomaryHours: 2,
  ...overrides,
});

const place = (spaceId: string, start: string) => ({ spaceId, venueId: spaceId.slice(0, 1), start });

const comparison = (overrides: Partial<Comparison> = {}): Comparison => ({
  origin: {
    planId: 1,
    name: 'Summit',
    revision: 4,
    score: { hard: 0, medium: -2, soft: -300 },
    feasible: true,
    kpis: kpis(),
  },
  scenario: {
    planId: 2,
    name: 'Summit (scenario)',
    revision: 9,
    score: { hard: 0, medium: -3, soft: -250 },
    feasible: true,
    kpis: kpis({ unscheduled: { count: 1, priority: 5 }, travelMinutes: 80, prestigeGap: 1.5 }),
  },
  scoreDifference: { hard: 0, medium: -1, soft: 50 },
  originChangedSinceCopy: false,
  moved: [
    {
      eventId: 'e1',
      title: 'Talks',
      from: place('a-hall', '2026-09-01T09:00'),
      to: place('b-room', '2026-09-01T10:00'),
    },
  ],
  newlyScheduled: [
    { eventId: 'e2', title: 'Visit', place: place('c-garden', '2026-09-02T14:00'), onlyInOnePlan: false },
  ],
  newlyUnscheduled: [
    { eventId: 'e3', title: 'Lunch', place: place('a-hall', '2026-09-02T12:00'), onlyInOnePlan: false },
  ],
  ...overrides,
});

describe('the comparison view', () => {
  it('highlights moved engagements on both timelines, and the newly (un)scheduled on their own side', () => {
    const view = comparisonView(comparison());
    expect([...view.highlightedInOrigin].sort()).toEqual(['e1', 'e3']);
    expect([...view.highlightedInScenario].sort()).toEqual(['e1', 'e2']);
    expect(view.changed).toBe(true);
  });

  it('highlights nothing when the scenario schedules everything as the live plan does', () => {
    const view = comparisonView(comparison({ moved: [], newlyScheduled: [], newlyUnscheduled: [] }));
    expect(view.highlightedInOrigin.size).toBe(0);
    expect(view.highlightedInScenario.size).toBe(0);
    expect(view.changed).toBe(false);
  });

  it('takes the score difference per level from the API, higher being better', () => {
    const view = comparisonView(comparison());
    expect(view.score).toEqual([
      { key: 'hard', origin: 0, scenario: 0, difference: 0, verdict: 'same' },
      { key: 'medium', origin: -2, scenario: -3, difference: -1, verdict: 'worse' },
      { key: 'soft', origin: -300, scenario: -250, difference: 50, verdict: 'better' },
    ]);
    // The first level that differs decides: a worse medium level outweighs any soft gain.
    expect(view.scoreVerdict).toBe('worse');
  });

  it('judges the whole score by its levels in order', () => {
    const better = comparison({
      scenario: { ...comparison().scenario, score: { hard: 0, medium: -2, soft: -250 } },
      scoreDifference: { hard: 0, medium: 0, soft: 50 },
    });
    expect(comparisonView(better).scoreVerdict).toBe('better');
    const same = comparison({
      scenario: { ...comparison().scenario, score: { hard: 0, medium: -2, soft: -300 } },
      scoreDifference: { hard: 0, medium: 0, soft: 0 },
    });
    expect(comparisonView(same).scoreVerdict).toBe('same');
  });

  it('lists the KPI differences, less being better for every one', () => {
    const rows = Object.fromEntries(comparisonView(comparison()).kpis.map((row) => [row.key, row]));
    expect(rows.unscheduledCount).toMatchObject({ origin: 0, scenario: 1, difference: 1, verdict: 'worse' });
    expect(rows.unscheduledPriority).toMatchObject({ difference: 5, verdict: 'worse' });
    expect(rows.travelMinutes).toMatchObject({ origin: 100, scenario: 80, difference: -20, verdict: 'better' });
    expect(rows.prestigeGap).toMatchObject({ difference: 0, verdict: 'same' });
    expect(Object.keys(rows)).toHaveLength(7);
  });
});

describe('a refused adoption', () => {
  it('reads the changes of the live plan from the 409 problem detail', () => {
    const error = new ApiError(409, {
      status: 409,
      detail: 'The live plan has changed since this scenario was copied from it',
      ...{ originRevision: 3, liveRevision: 5, changes: [{ item: 'engagement', id: 'e7', change: 'moved' }] },
    });
    expect(adoptionRefusal(error)).toEqual({
      originRevision: 3,
      liveRevision: 5,
      changes: [{ item: 'engagement', id: 'e7', change: 'moved' }],
      detail: 'The live plan has changed since this scenario was copied from it',
    });
  });

  it('is no refusal for other conflicts or errors', () => {
    expect(adoptionRefusal(new ApiError(409, { detail: 'Stop solving first' }))).toBeUndefined();
    expect(adoptionRefusal(new ApiError(403, { changes: [] } as object))).toBeUndefined();
    expect(adoptionRefusal(new Error('boom'))).toBeUndefined();
  });

  it('words closures by count and other changes by id', () => {
    expect(changeWords({ item: 'closure', id: null, change: '2 added' })).toEqual({
      item: 'closure',
      kind: 'added',
      count: 2,
      raw: '2 added',
    });
    expect(changeWords({ item: 'engagement', id: 'e7', change: 'unscheduled' })).toMatchObject({
      id: 'e7',
      kind: 'unscheduled',
    });
    expect(changeWords({ item: 'venues', id: null, change: 'reshuffled' })).toMatchObject({
      kind: 'other',
      raw: 'reshuffled',
    });
  });
});

describe('the levels that differ, in words', () => {
  it('names the deciding level first, with points for hard and a factor for a soft score far apart', () => {
    const view = comparisonView(
      comparison({
        origin: { ...comparison().origin, score: { hard: -1, medium: 0, soft: -41_971 } },
        scenario: { ...comparison().scenario, score: { hard: 0, medium: 0, soft: -203_822 } },
        scoreDifference: { hard: 1, medium: 0, soft: -161_851 },
      }),
    );
    expect(levelChanges(view)).toEqual([
      { level: 'hard', verdict: 'better', amount: { unit: 'points', value: 1 } },
      { level: 'soft', verdict: 'worse', amount: { unit: 'times', value: 4.9 } },
    ]);
  });

  it("gives a close soft score as a share of the live plan's", () => {
    const view = comparisonView(comparison({ scoreDifference: { hard: 0, medium: 0, soft: 50 } }));
    expect(levelChanges(view)).toEqual([{ level: 'soft', verdict: 'better', amount: { unit: 'percent', value: 17 } }]);
  });

  it('says nothing when the scores are equal', () => {
    const view = comparisonView(comparison({ scoreDifference: { hard: 0, medium: 0, soft: 0 } }));
    expect(levelChanges(view)).toEqual([]);
  });
});
