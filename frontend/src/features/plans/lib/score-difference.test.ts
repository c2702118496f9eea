import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { isBetter, wordDifference } from './score-difference';

describe('a score difference in words', () => {
  it('names each level that changes, the weightiest first', () => {
    const t = i18n.getFixedT('en');
    expect(wordDifference({ hard: 90, medium: 0, soft: -33 }, t)).toBe('hard rules 90 better, soft rules 33 worse');
    expect(wordDifference({ hard: 0, medium: 7, soft: 0 }, t)).toBe('unscheduled 7 better');
    expect(wordDifference({ hard: 0, medium: 0, soft: 0 }, t)).toBe('no change in score');
  });

  it('speaks Chinese with the agreed terms', () => {
    const t = i18n.getFixedT('zh');
    expect(wordDifference({ hard: 90, medium: 0, soft: -33 }, t)).toBe('硬性规则改善90，优化目标变差33');
    expect(wordDifference({ hard: 0, medium: 0, soft: 0 }, t)).toBe('评分不变');
  });

  it('is better when the weightiest level that changes gets better', () => {
    expect(isBetter({ hard: 1, medium: -5, soft: -100 })).toBe(true);
    expect(isBetter({ hard: 0, medium: 0, soft: -1 })).toBe(false);
    expect(isBetter({ hard: 0, medium: 0, soft: 0 })).toBe(false);
  });
});
