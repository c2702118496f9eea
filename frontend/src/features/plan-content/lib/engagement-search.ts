import type { TFunction } from 'i18next';
import type { Engagement } from '@/types/api';

/**
 * Whether a search matches an engagement: its id, its title, its type's name in either language,
 * or the name of a delegation that attends, ignoring case. An empty search matches all.
 */
export function matchesEngagement(
  engagement: Pick<Engagement, 'id' | 'title' | 'type' | 'delegations'>,
  query: string,
  typeNames: ReadonlyArray<TFunction | ((key: string) => string)>,
  delegationName: (id: string) => string | undefined,
): boolean {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return true;
  const texts = [
    engagement.id,
    engagement.title,
    ...typeNames.map((name) => (name as (key: string) => string)(`enums.eventType.${engagement.type}`)),
    ...engagement.delegations.flatMap((id) => [id, delegationName(id)]),
  ];
  return texts.some((text) => !!text && text.toLowerCase().includes(wanted));
}
