import type { Role } from '@/types/api';

export type NavKey = 'overview' | 'plans' | 'plansAndScenarios' | 'venues' | 'bookingsInbox' | 'accounts' | 'audit';

export interface NavItem {
  key: NavKey;
  /** Where the item leads; none while its screen is not built yet. */
  path?: string;
}

/**
 * What each role works with (docs/reference/roles.md, "Who may see and do what"). The menu only
 * spares people items they may not use; the backend is what enforces the rules.
 */
const ITEMS_BY_ROLE: Record<Role, NavKey[]> = {
  PROTOCOL_OFFICER: ['plans', 'venues', 'bookingsInbox'],
  ADMIN: ['plans', 'venues', 'bookingsInbox', 'accounts', 'audit'],
  PLANNER: ['plansAndScenarios', 'venues'],
  VENUE_MANAGER: ['venues', 'bookingsInbox'],
};

const ORDER: NavKey[] = ['overview', 'plans', 'plansAndScenarios', 'venues', 'bookingsInbox', 'accounts', 'audit'];

const PATHS: Partial<Record<NavKey, string>> = {
  overview: '/',
  plans: '/plans',
  plansAndScenarios: '/plans',
  venues: '/venues',
  bookingsInbox: '/inbox',
  accounts: '/admin/accounts',
  audit: '/admin/audit',
};

/** The items for a user with these roles, in menu order; everyone has the overview. */
export function navigationFor(roles: readonly Role[]): NavItem[] {
  const keys = new Set<NavKey>(['overview']);
  for (const role of roles) {
    for (const key of ITEMS_BY_ROLE[role] ?? []) {
      keys.add(key);
    }
  }
  if (keys.has('plans')) {
    keys.delete('plansAndScenarios'); // officers and admins reach scenarios from their plans
  }
  return ORDER.filter((key) => keys.has(key)).map((key) => ({ key, path: PATHS[key] }));
}
