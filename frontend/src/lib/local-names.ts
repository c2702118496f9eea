import type { Language } from '@/types/api';
import type { PlanDocument } from '@/types/plan-document';

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name from its ISO code, in the given language; undefined for no or an unknown code. */
export function countryName(code: string | null | undefined, language: string): string | undefined {
  if (!code) return undefined;
  if (!regionNames.has(language)) {
    try {
      regionNames.set(language, new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
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
 * A delegation as the UI names it: in Chinese, its country's name in Chinese when it has a known
 * country code (the document's name is English text, "Nepal"); else, and in English, the name it was
 * given. Labels compose the word for delegation around it ("尼泊尔代表团").
 */
export function delegationName(delegation: { name: string; country?: string | null }, language: Language): string {
  return (language === 'zh' ? countryName(delegation.country, 'zh') : undefined) ?? delegation.name;
}

/** The catalogue's Chinese names of venues and of spaces, by id. */
export interface ChineseNames {
  venues: ReadonlyMap<string, string>;
  spaces: ReadonlyMap<string, string>;
}

/**
 * A plan's document with the names a person reads in the UI's language: in Chinese, venues and
 * spaces under the catalogue's Chinese names where it has one (else the document's English name,
 * which a place without a Chinese form keeps) and delegations by their country. Venues and spaces
 * keep the document's own name as `nameInDocument`, by which they are found in either language.
 */
export function localPlanDocument(document: PlanDocument, chinese: ChineseNames, language: Language): PlanDocument {
  if (language !== 'zh') return document;
  return {
    ...document,
    venues: document.venues.map((venue) => ({
      ...venue,
      name: chinese.venues.get(venue.id) ?? venue.name,
      nameInDocument: venue.name,
      spaces: venue.spaces.map((space) => ({
        ...space,
        name: chinese.spaces.get(space.id) ?? space.name,
        nameInDocument: space.name,
      })),
    })),
    delegations: document.delegations.map((delegation) => ({
      ...delegation,
      name: delegationName(delegation, language),
    })),
  };
}

/**
 * A time zone as a person reads it: in Chinese its name ("中国标准时间" for Asia/Shanghai), in
 * English its id as the plan gives it; the id when the browser does not know the zone.
 */
export function zoneName(zone: string, language: Language): string {
  if (language !== 'zh') return zone;
  try {
    const parts = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, timeZoneName: 'long' }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone; // not a zone this browser knows
  }
}

/**
 * Each space of a plan's venues as "venue · space", by space id: how screens name a place where the venue is not
 * otherwise on screen. `venueName` may name a venue in place of the document (the catalogue's name in the UI's
 * language).
 */
export function spaceLabels(
  venues: ReadonlyArray<{ id: string; name: string; spaces: ReadonlyArray<{ id: string; name: string }> }>,
  venueName: (venueId: string) => string | undefined = () => undefined,
): Map<string, string> {
  const labels = new Map<string, string>();
  for (const venue of venues) {
    const name = venueName(venue.id) ?? venue.name;
    for (const space of venue.spaces) labels.set(space.id, `${name} · ${space.name}`);
  }
  return labels;
}
