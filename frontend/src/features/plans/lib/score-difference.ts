import type { TFunction } from 'i18next';
import type { ScoreDoc } from '@/types/api';

const LEVELS = ['hard', 'medium', 'soft'] as const;

/**
 * A score difference in words, level by level, the weightiest first: "hard rules 90 better, soft
 * rules 33 worse". Levels that do not change are left out; no change at all says so.
 */
export function wordDifference(difference: ScoreDoc, t: TFunction): string {
  const parts = LEVELS.filter((level) => difference[level] !== 0).map((level) =>
    t(difference[level] > 0 ? 'board.places.better' : 'board.places.worse', {
      level: t(`board.places.level.${level}`),
      points: Math.abs(difference[level]),
    }),
  );
  return parts.length === 0 ? t('board.places.same') : parts.join(t('board.places.separator'));
}

/** Whether a difference makes the score better: the first level that changes decides. */
export function isBetter(difference: ScoreDoc): boolean {
  const first = LEVELS.find((level) => difference[level] !== 0);
  return first !== undefined && difference[first] > 0;
}
