import type { Delegation } from '@/types/api';

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name from its ISO code, in the given language; undefined for no or an unknown code. */
export function countryName(code: string | null | undefined, language: string): string | undefined {
  if (!code) return undefined;
  if (!regionNames.has(language)) {
    try {
      regionNames.set(language, new Intl.DisplayNames([language], { type: 'region' }));
    } catch {
      regionNames.set(language, null);
    }
  }
  try {
    const name = regionNames.get(language)?.of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : undefined;
  } catch {
    return undefined; // not a region code
  }
}

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
