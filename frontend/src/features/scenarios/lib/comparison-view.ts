import { isApiError } from '@/lib/api-client';
import type { ScoreDoc } from '@/types/api';
import type { Kpis } from '@/types/plan-document';
import type { Comparison, LiveChange } from '../api/types';

/** How the scenario fares on one figure against the live plan. */
export type Verdict = 'better' | 'worse' | 'same';

export interface FigureRow {
  key: string;
  origin: number;
  scenario: number;
  /** The scenario's value minus the live plan's. */
  difference: number;
  verdict: Verdict;
}

export type ScoreLevel = keyof ScoreDoc;
export const SCORE_LEVELS: ScoreLevel[] = ['hard', 'medium', 'soft'];

/** The figures of protocol quality the comparison shows; for every one of them less is better. */
export const KPI_KEYS = [
  'unscheduledCount',
  'unscheduledPriority',
  'travelMinutes',
  'prestigeGap',
  'equalTreatmentSpread',
  'emptySeatShare',
  'offCustomaryHours',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

function kpiValue(kpis: Kpis, key: KpiKey): number {
  switch (key) {
    case 'unscheduledCount':
      return kpis.unscheduled.count;
    case 'unscheduledPriority':
      return kpis.unscheduled.priority;
    default:
      return kpis[key];
  }
}

/** Differences of floating figures below this are rounding, not change. */
const EPSILON = 1e-9;

const verdictOf = (difference: number, higherIsBetter: boolean): Verdict =>
  Math.abs(difference) < EPSILON ? 'same' : difference > 0 === higherIsBetter ? 'better' : 'worse';

export interface ComparisonView {
  /** Score levels: penalties are negative, so a higher score is better. */
  score: FigureRow[];
  /** The whole score, levels compared in order (hard first). */
  scoreVerdict: Verdict;
  /** The KPIs, when both plans have a solution that carries them. */
  kpis: FigureRow[];
  /** Engagements drawn highlighted on the live plan's timeline: moved away or no longer scheduled. */
  highlightedInOrigin: Set<string>;
  /** Engagements drawn highlighted on the scenario's timeline: moved there or newly scheduled. */
  highlightedInScenario: Set<string>;
  /** Whether the scenario schedules anything differently from the live plan. */
  changed: boolean;
}

/** What the comparison screen shows of the API's comparison: rows of figures and which engagements stand out. */
export function comparisonView(comparison: Comparison): ComparisonView {
  const score = SCORE_LEVELS.map((level) => {
    const origin = comparison.origin.score[level];
    const scenario = comparison.scenario.score[level];
    const difference = comparison.scoreDifference[level];
    return { key: level, origin, scenario, difference, verdict: verdictOf(difference, true) };
  });
  const scoreVerdict = score.find((row) => row.verdict !== 'same')?.verdict ?? 'same';

  const kpis = KPI_KEYS.map((key) => {
    const origin = kpiValue(comparison.origin.kpis, key);
    const scenario = kpiValue(comparison.scenario.kpis, key);
    const difference = scenario - origin;
    return { key, origin, scenario, difference, verdict: verdictOf(difference, false) };
  });

  const moved = comparison.moved.map((m) => m.eventId);
  const highlightedInOrigin = new Set([...moved, ...comparison.newlyUnscheduled.map((p) => p.eventId)]);
  const highlightedInScenario = new Set([...moved, ...comparison.newlyScheduled.map((p) => p.eventId)]);
  return {
    score,
    scoreVerdict,
    kpis,
    highlightedInOrigin,
    highlightedInScenario,
    changed: highlightedInOrigin.size + highlightedInScenario.size > 0,
  };
}

/** How much a score level differs: points for the hard and medium levels, a factor or a share for soft. */
export type Amount =
  { unit: 'points'; value: number } | { unit: 'times'; value: number } | { unit: 'percent'; value: number };

export interface LevelChange {
  level: ScoreLevel;
  verdict: Exclude<Verdict, 'same'>;
  amount: Amount;
}

/**
 * A soft score far apart reads best as a factor ("3.7 times worse"), a close one as a share of the
 * live plan's ("12 % better"); a hard or medium difference is a count of penalty points.
 */
function amountOf(row: FigureRow): Amount {
  const points = Math.abs(row.difference);
  if (row.key !== 'soft' || row.origin >= 0 || row.scenario >= 0) return { unit: 'points', value: points };
  const larger = Math.max(-row.origin, -row.scenario);
  const smaller = Math.min(-row.origin, -row.scenario);
  if (larger >= 2 * smaller) return { unit: 'times', value: Math.round((larger / smaller) * 10) / 10 };
  const percent = (points / -row.origin) * 100;
  return { unit: 'percent', value: percent >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10 };
}

/** Each level that differs, hard first: the first one decides the comparison. */
export function levelChanges(view: ComparisonView): LevelChange[] {
  return view.score
    .filter((row) => row.verdict !== 'same')
    .map((row) => ({
      level: row.key as ScoreLevel,
      verdict: row.verdict as LevelChange['verdict'],
      amount: amountOf(row),
    }));
}

/** A refused adoption: the live plan's revision moved on since the copy, and what changed in it. */
export interface AdoptionRefusal {
  originRevision?: number;
  liveRevision?: number;
  changes: LiveChange[];
  /** The API's own words, in the language the UI asked for. */
  detail?: string;
}

/** The refusal in a failed adoption (409 with `changes`), or undefined for any other failure. */
export function adoptionRefusal(error: unknown): AdoptionRefusal | undefined {
  if (!isApiError(error, 409)) return undefined;
  const problem = error.problem as typeof error.problem & {
    changes?: unknown;
    originRevision?: number;
    liveRevision?: number;
  };
  if (!Array.isArray(problem.changes)) return undefined;
  return {
    originRevision: problem.originRevision,
    liveRevision: problem.liveRevision,
    changes: problem.changes as LiveChange[],
    detail: problem.detail,
  };
}

export type ChangeKind = 'changed' | 'added' | 'removed' | 'moved' | 'scheduled' | 'unscheduled';

/** One change, ready for words: closures come as counts ("2 added"), the rest by id. */
export interface ChangeWords {
  item: string;
  id?: string;
  kind: ChangeKind | 'other';
  count?: number;
  /** The API's text when it is not one the UI knows. */
  raw: string;
}

const KINDS = new Set<string>(['changed', 'added', 'removed', 'moved', 'scheduled', 'unscheduled']);

export function changeWords(change: LiveChange): ChangeWords {
  const counted = /^(\d+) (added|removed)$/.exec(change.change);
  if (counted) {
    return { item: change.item, kind: counted[2] as ChangeKind, count: Number(counted[1]), raw: change.change };
  }
  return {
    item: change.item,
    id: change.id ?? undefined,
    kind: KINDS.has(change.change) ? (change.change as ChangeKind) : 'other',
    raw: change.change,
  };
}
