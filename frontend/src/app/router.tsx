import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { RequireAuth, SIGN_IN_PATH } from '@/features/auth/components/require-auth';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { SignInRoute } from './routes/sign-in';
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
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
