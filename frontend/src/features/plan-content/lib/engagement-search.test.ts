import { describe, expect, it } from 'vitest';
import { matchesEngagement } from './engagement-search';

const en = (key: string) => ({ 'enums.eventType.BILATERAL_TALKS': 'Bilateral talks' })[key] ?? key;
const zh = (key: string) => ({ 'enums.eventType.BILATERAL_TALKS': '双边会谈' })[key] ?? key;
const talks = {
  id: 'ev-001',
  title: 'Talks: China - Kenya',
  type: 'BILATERAL_TALKS' as const,
  delegations: ['del-ke'],
};
const names = (id: string) => (id === 'del-ke' ? 'Republic of Kenya' : undefined);

describe('matchesEngagement', () => {
  it('matches id, title, the type in English and Chinese, and attending delegations', () => {
    expect(matchesEngagement(talks, 'EV-001', [en, zh], names)).toBe(true);
    expect(matchesEngagement(talks, 'kenya', [en, zh], names)).toBe(true);
    expect(matchesEngagement(talks, 'bilateral', [en, zh], names)).toBe(true);
    expect(matchesEngagement(talks, '双边', [en, zh], names)).toBe(true);
    expect(matchesEngagement(talks, 'del-ke', [en, zh], names)).toBe(true);
    expect(matchesEngagement(talks, 'banquet', [en, zh], names)).toBe(false);
  });

  it('matches all with an empty search', () => {
    expect(matchesEngagement(talks, '', [en, zh], names)).toBe(true);
  });
});
