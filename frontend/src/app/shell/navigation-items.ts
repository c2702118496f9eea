import type { UserAction } from '@/types/api';

export type NavKey = 'overview' | 'plans' | 'plansAndScenarios' | 'venues' | 'bookingsInbox' | 'accounts' | 'audit';

export interface NavItem {
  key: NavKey;
  /** Where the item leads; none while its screen is not built yet. */
  path?: string;
}

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

/**
 * The items for a user whom /api/me allows these actions, in menu order; everyone has the overview and the
 * venues. Those who make plans have "Plans" (they reach scenarios from their plans); those who only read them
 * "Plans and scenarios". The menu only spares people items they may not use; the backend enforces the rules.
 */
export function navigationFor(actions: readonly UserAction[]): NavItem[] {
  const keys = new Set<NavKey>(['overview', 'venues']);
  if (actions.includes('createPlan')) keys.add('plans');
  else if (actions.includes('readPlans')) keys.add('plansAndScenarios');
  if (actions.includes('answerOwnVenueBookings') || actions.includes('answerUnmanagedVenueBookings')) {
    keys.add('bookingsInbox');
  }
  if (actions.includes('administer')) {
    keys.add('accounts');
    keys.add('audit');
  }
  return ORDER.filter((key) => keys.has(key)).map((key) => ({ key, path: PATHS[key] }));
}
