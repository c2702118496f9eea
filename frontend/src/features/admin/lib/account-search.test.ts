import { describe, expect, it } from 'vitest';
import { matchesAccount } from './account-search';

const li = { username: 'li.wei', displayName: 'Li Wei 李伟', email: 'li@example.org' };

describe('searching accounts', () => {
  it('matches every word in username, name or e-mail, ignoring case', () => {
    expect(matchesAccount(li, '')).toBe(true);
    expect(matchesAccount(li, 'LI')).toBe(true);
    expect(matchesAccount(li, '李伟')).toBe(true);
    expect(matchesAccount(li, 'wei example')).toBe(true);
    expect(matchesAccount(li, 'wei zhang')).toBe(false);
    expect(matchesAccount({ ...li, email: null }, 'example')).toBe(false);
  });
});
