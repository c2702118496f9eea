import { StyleProvider } from '@ant-design/cssinjs';
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';

/**
 * The whole app as the browser gets it (fresh server state), at one path of an in-memory history.
 *
 * antd's CSS-in-JS is kept out of the document ("server" mode): jsdom's getComputedStyle, which
 * role queries and user-event call on every element, slows to seconds per query under antd's
 * hundreds of style rules, and jsdom does no layout with them anyway.
 */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <StyleProvider mock="server">
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StyleProvider>,
  );
  return { ...view, user, router };
}

/** One component inside the app's providers (server state, antd, i18n), as a screen has it, without the routes. */
export function renderInApp(ui: ReactElement) {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(
    <StyleProvider mock="server">
      <AppProvider>{ui}</AppProvider>
    </StyleProvider>,
  );
  return { ...view, user };
}
