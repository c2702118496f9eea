import type { TFunction } from 'i18next';

/** A rule's name in the UI's language (docs/reference/terminology-zh.md); an id this UI does not know stays an id. */
export function ruleName(constraintId: string, t: TFunction): string {
  const tr = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return tr(`rules.${constraintId}`, { defaultValue: constraintId });
}
