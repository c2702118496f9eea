import type { TFunction } from 'i18next';
import type { MatchExplanation } from '@/types/api';

/**
 * Names the board knows better than the match does: the backend words a match with the plan's
 * own (English) names; in Chinese a venue and a space read better by their catalogue names, and a
 * delegation by its country's Chinese name.
 */
export interface NameLookup {
  venue?: (id: string) => string | undefined;
  delegation?: (id: string) => string | undefined;
  /** A space with its venue, worded in the UI's language ("Hall at Venue", "场馆厅室"). */
  space?: (id: string) => string | undefined;
}

type Parameters = Record<string, unknown>;

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value) || 0);

function named(parameters: Parameters, key: string, names: NameLookup): string {
  const id = text(parameters[`${key}Id`]);
  const lowered = key.toLowerCase();
  const lookup = lowered.endsWith('venue')
    ? names.venue
    : lowered.endsWith('space')
      ? names.space
      : lowered.endsWith('delegation')
        ? names.delegation
        : undefined;
  const local = id ? lookup?.(id) : undefined;
  return local ?? text(parameters[key]);
}

/** Every name a sentence may use (event, space, venue, delegation, with their prefixes). */
const NAME_KEYS = [
  'event',
  'firstEvent',
  'secondEvent',
  'earlierEvent',
  'laterEvent',
  'fromEvent',
  'toEvent',
  'space',
  'secondSpace',
  'publishedSpace',
  'venue',
  'fromVenue',
  'toVenue',
  'delegation',
  'otherDelegation',
];

const KEY_BY_RULE: Record<string, string> = {
  'space-conflict': 'explain.spaceConflict',
  'delegation-clash': 'explain.delegationClash',
  'travel-time': 'explain.travelTime',
  'security-grade': 'explain.securityGrade',
  'required-features': 'explain.requiredFeatures',
  'excluded-space': 'explain.excludedSpace',
  'delegation-separation': 'explain.delegationSeparation',
  'event-order': 'explain.eventOrder',
  'unscheduled-event': 'explain.unscheduledEvent',
  'rank-prestige': 'explain.rankPrestige',
  'equal-treatment': 'explain.equalTreatment',
  'travel-burden': 'explain.travelBurden',
  'capacity-fit': 'explain.capacityFit',
  'preferred-space': 'explain.preferredSpace',
  'customary-hours': 'explain.customaryHours',
  'rest-gap': 'explain.restGap',
  'motorcade-load': 'explain.motorcadeLoad',
  'plan-stability': 'explain.planStability',
  'venue-load': 'explain.venueLoad',
};

const BOUND_KEYS: Record<string, string> = {
  EARLIEST_START: 'explain.boundEarliestStart',
  LATEST_END: 'explain.boundLatestEnd',
  ARRIVAL: 'explain.boundArrival',
  DEPARTURE: 'explain.boundDeparture',
  HORIZON_START: 'explain.boundHorizonStart',
  HORIZON_END: 'explain.boundHorizonEnd',
};

/** A local date-time of the exchange format (2026-09-01T09:00) as "2026-09-01 09:00". */
const localTime = (value: unknown) => text(value).replace('T', ' ');

/**
 * A match's sentence in the UI's language, built from its parameters under the stable keys the
 * backend documents (MatchParameters). A rule this UI does not know yet keeps the backend's own
 * English sentence rather than showing nothing.
 */
export function wordMatch(match: MatchExplanation, t: TFunction, names: NameLookup = {}): string {
  const p = (match.parameters ?? {}) as Parameters;
  const values: Record<string, unknown> = { ...p };
  for (const key of NAME_KEYS) {
    if (key in p) {
      values[key] = named(p, key, names);
    }
  }
  const tr = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const enumWord = (group: string, value: unknown) =>
    tr(`enums.${group}.${text(value)}`, { defaultValue: text(value) });
  if ('layout' in p) values.layout = enumWord('layout', p.layout);
  if ('type' in p) values.type = enumWord('eventType', p.type);
  if ('rank' in p) values.rank = enumWord('rank', p.rank);
  if ('publishedStart' in p) values.publishedStart = localTime(p.publishedStart);
  if ('start' in p) values.start = localTime(p.start);
  if ('end' in p) values.end = localTime(p.end);

  switch (match.constraint) {
    case 'space-conflict':
      // Two spaces that share floor (a divisible hall and its part) name both.
      return 'secondSpaceId' in p
        ? tr('explain.spaceConflictSharedFloor', values)
        : tr('explain.spaceConflict', values);
    case 'space-capacity':
      return 'peopleOver' in p ? tr('explain.spaceCapacityOver', values) : tr('explain.spaceCapacityNoLayout', values);
    case 'required-features': {
      const features = Array.isArray(p.missingFeatures) ? p.missingFeatures : [];
      return tr('explain.requiredFeatures', {
        ...values,
        features: features.map((f) => enumWord('feature', f)).join(tr('explain.listSeparator')),
      });
    }
    case 'space-availability': {
      const parts: string[] = [];
      if (num(p.minutesOutsideHours) > 0) {
        parts.push(tr('explain.outsideHours', { minutes: num(p.minutesOutsideHours) }));
      }
      for (const block of (Array.isArray(p.blocked) ? p.blocked : []) as Parameters[]) {
        // A block of another space that shares floor with the event's names that space.
        const of = 'spaceId' in block ? named(block, 'space', names) : undefined;
        const key = block.kind === 'CLOSURE' ? 'explain.inClosure' : 'explain.inBlackout';
        const part = tr(of === undefined ? key : `${key}Of`, { minutes: num(block.minutes), space: of });
        parts.push(block.reason ? tr('explain.withReason', { text: part, reason: text(block.reason) }) : part);
      }
      return tr('explain.spaceAvailability', { ...values, parts: parts.join(tr('explain.listSeparator')) });
    }
    case 'event-window': {
      const parts = ((Array.isArray(p.brokenBounds) ? p.brokenBounds : []) as Parameters[]).map((bound) =>
        tr(BOUND_KEYS[text(bound.kind)] ?? 'explain.boundEarliestStart', {
          minutes: num(bound.minutes),
          delegation: text(bound.delegation),
        }),
      );
      return tr('explain.eventWindow', { ...values, parts: parts.join(tr('explain.partsSeparator')) });
    }
    default: {
      const key = KEY_BY_RULE[match.constraint];
      return key ? tr(key, values) : match.sentence;
    }
  }
}
