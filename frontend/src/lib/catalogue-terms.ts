import { catalogue, type catalogueEn } from '@/lib/i18n/sections/catalogue';
import type { Language } from '@/types/api';

/** A venue's type or district in the UI's language; a value the catalogue does not know stays as it is. */
export function catalogueTerm(
  kind: keyof typeof catalogueEn,
  value: string | null | undefined,
  language: Language,
): string {
  if (!value) return '';
  const words: Record<string, string> = catalogue[language][kind];
  return words[value] ?? value;
}
