import { countryName } from '@/lib/local-names';
import type { Delegation } from '@/types/api';

/**
 * Whether a search matches a delegation: its id, its name, its country code, or its country's
 * name in English or Chinese ("Kenya", "肯尼亚"), ignoring case. An empty search matches all.
 */
export function matchesDelegation(delegation: Pick<Delegation, 'id' | 'name' | 'country'>, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return true;
  return [
    delegation.id,
    delegation.name,
    delegation.country,
    countryName(delegation.country, 'en'),
    countryName(delegation.country, 'zh'),
  ].some((text) => !!text && text.toLowerCase().includes(wanted));
}
