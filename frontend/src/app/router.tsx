import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { RequireAuth, SIGN_IN_PATH } from '@/features/auth/components/require-auth';
import { InboxRoute } from './routes/inbox';
import { AccountsRoute, AuditRoute } from './routes/admin';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { PlanBoardRoute } from './routes/plan-board';
import { PlanDelegationsRoute, PlanEngagementsRoute } from './routes/plan-content';
import { PlansRoute } from './routes/plans';
import { ScenarioComparisonRoute } from './routes/scenario-comparison';
import { SignInRoute } from './routes/sign-in';
import { VenueEditRoute, VenueRoute } from './routes/venue';
import { VenuesRoute } from './routes/venues';
import { AppShell } from './shell/app-shell';

/**
 * The sign-in page lives at /sign-in, not /login: /login is the backend's POST endpoint (and
 * the dev server forwards it there). Everything else needs a signed-in user.
 */
export const routes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInRoute /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <OverviewRoute /> },
      { path: 'plans', element: <PlansRoute /> },
      { path: 'plans/:planId', element: <PlanBoardRoute /> },
      { path: 'plans/:planId/delegations', element: <PlanDelegationsRoute /> },
      { path: 'plans/:planId/engagements', element: <PlanEngagementsRoute /> },
      { path: 'venues', element: <VenuesRoute /> },
      { path: 'venues/:venueId', element: <VenueRoute /> },
      { path: 'venues/:venueId/edit', element: <VenueEditRoute /> },
      { path: 'inbox', element: <InboxRoute /> },
      { path: 'plans/:planId/compare', element: <ScenarioComparisonRoute /> },
      { path: 'admin/accounts', element: <AccountsRoute /> },
      { path: 'admin/audit', element: <AuditRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
