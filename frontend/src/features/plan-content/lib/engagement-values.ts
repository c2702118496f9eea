import { toMinute } from '@/lib/datetime';
import type { Engagement, EngagementRequest, Placement } from '@/types/api';

/* The engagement form's fields and how its values become the API's body. */

/** The form's fields, named as the API names them so that its errors find them. */
export const ENGAGEMENT_FIELDS = [
  'id',
  'title',
  'type',
  'delegations',
  'headcount',
  'layout',
  'durationMinutes',
  'requiredFeatures',
  'minSecurityGrade',
  'earliestStart',
  'latestEnd',
  'preferredSpaces',
  'excludedSpaces',
  'priority',
  'after',
  'confidential',
];

export interface EngagementValues {
  id: string;
  title: string;
  type?: EngagementRequest['type'];
  delegations: string[];
  headcount?: number | null;
  layout?: EngagementRequest['layout'];
  durationMinutes?: number | null;
  requiredFeatures: NonNullable<EngagementRequest['requiredFeatures']>;
  minSecurityGrade?: EngagementRequest['minSecurityGrade'];
  earliestStart?: string;
  latestEnd?: string;
  preferredSpaces: string[];
  excludedSpaces: string[];
  priority?: number | null;
  after: string[];
  confidential: boolean;
}

export function valuesOf(engagement: Engagement | undefined): EngagementValues {
  if (!engagement) {
    return {
      id: '',
      title: '',
      delegations: [],
      requiredFeatures: [],
      preferredSpaces: [],
      excludedSpaces: [],
      after: [],
      priority: 1,
      confidential: false,
    };
  }
  return {
    id: engagement.id,
    title: engagement.title,
    type: engagement.type,
    delegations: engagement.delegations,
    headcount: engagement.headcount,
    layout: engagement.layout,
    durationMinutes: engagement.durationMinutes,
    requiredFeatures: engagement.requiredFeatures,
    minSecurityGrade: engagement.minSecurityGrade ?? undefined,
    earliestStart: toMinute(engagement.earliestStart),
    latestEnd: toMinute(engagement.latestEnd),
    preferredSpaces: engagement.preferredSpaces,
    excludedSpaces: engagement.excludedSpaces,
    priority: engagement.priority,
    after: engagement.after,
    confidential: engagement.confidential,
  };
}

export const placement = (value: Placement | null | undefined) =>
  value?.spaceId && value.start ? { spaceId: value.spaceId, start: toMinute(value.start)! } : undefined;

/** An empty field is sent as null, so that the API names it missing next to it. */
const required = <T>(value: T | null | undefined) => (value ?? null) as T;

/** The request body of the form's values; the pin and published place are the engagement's own. */
export function engagementBody(values: EngagementValues, engagement: Engagement | undefined): EngagementRequest {
  return {
    id: values.id.trim(),
    title: values.title.trim(),
    type: required(values.type),
    delegations: values.delegations ?? [],
    headcount: required(values.headcount),
    layout: required(values.layout),
    durationMinutes: required(values.durationMinutes),
    requiredFeatures: values.requiredFeatures ?? [],
    minSecurityGrade: values.minSecurityGrade || undefined,
    earliestStart: values.earliestStart || undefined,
    latestEnd: values.latestEnd || undefined,
    preferredSpaces: values.preferredSpaces ?? [],
    excludedSpaces: values.excludedSpaces ?? [],
    priority: required(values.priority),
    after: values.after ?? [],
    pinned: placement(engagement?.pinned),
    published: placement(engagement?.published),
    confidential: !!values.confidential,
    version: engagement?.version,
  };
}
