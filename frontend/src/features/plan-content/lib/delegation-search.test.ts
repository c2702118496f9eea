import { describe, expect, it } from 'vitest';
import { matchesDelegation } from './delegation-search';

const kenya = { id: 'del-ke', name: 'Republic of Kenya', country: 'KE' };

describe('matchesDelegation', () => {
  it('matches id, name and country code, ignoring case', () => {
    expect(matchesDelegation(kenya, 'DEL-KE')).toBe(true);
    expect(matchesDelegation(kenya, 'kenya')).toBe(true);
    expect(matchesDelegation(kenya, 'ke')).toBe(true);
    expect(matchesDelegation(kenya, 'oman')).toBe(false);
  });

  it('matches the country name in Chinese', () => {
    expect(matchesDelegation(kenya, '肯尼亚')).toBe(true);
    expect(matchesDelegation({ id: 'del-om', name: 'Oman', country: 'OM' }, '阿曼')).toBe(true);
  });

  it('matches everything with an empty search, and copes without a country', () => {
    expect(matchesDelegation(kenya, '  ')).toBe(true);
    expect(matchesDelegation({ id: 'del-x', name: 'X', country: null }, '肯尼亚')).toBe(false);
  });
});
