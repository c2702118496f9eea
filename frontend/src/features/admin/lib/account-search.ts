import type { Account } from '../api/types';

/** Whether an account matches the search: any word in its username, name or e-mail, ignoring case. */
export function matchesAccount(account: Pick<Account, 'username' | 'displayName' | 'email'>, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const text = `${account.username} ${account.displayName} ${account.email ?? ''}`.toLowerCase();
  return words.every((word) => text.includes(word));
}
