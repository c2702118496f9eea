import { StyleProvider } from '@ant-design/cssinjs';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/types/api';
import { json, mockApi } from '@/testing/mock-api';
import { administrator, planner, protocolOfficer, venueManager } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { Navigation } from './navigation';
import { navigationFor } from './navigation-items';

function menuFor(me: CurrentUser) {
  render(
    <StyleProvider mock="server">
      <MemoryRouter>
        <Navigation actions={me.allowedActions} />
      </MemoryRouter>
    </StyleProvider>,
  );
  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  const items = within(nav).getAllByRole('link');
  return {
    names: items.map((item) => item.textContent),
    usable: items.filter((item) => item.getAttribute('aria-disabled') !== 'true').map((item) => item.textContent),
  };
}

describe('the main menu', () => {
  it('gives a protocol officer plans, venues and the bookings inbox (venues without managers)', async () => {
    const menu = menuFor(protocolOfficer());
    expect(menu.names).toEqual(['Overview', 'Plans', 'Venues', 'Bookings inbox']);
  });

  it('gives a planner plans and scenarios, and venues, and no bookings inbox', async () => {
    const menu = menuFor(planner());
    expect(menu.names).toEqual(['Overview', 'Plans and scenarios', 'Venues']);
  });

  it('gives a venue manager venues and the bookings inbox, and no plans', async () => {
    const menu = menuFor(venueManager());
    expect(menu.names).toEqual(['Overview', 'Venues', 'Bookings inbox']);
  });

  it('gives an administrator accounts and the audit log besides plans, venues and the bookings inbox', async () => {
    const menu = menuFor(administrator());
    expect(menu.names).toEqual(['Overview', 'Plans', 'Venues', 'Bookings inbox', 'Accounts', 'Audit log']);
  });

  it('leads an administrator to every screen of theirs', async () => {
    const menu = menuFor(administrator());
    expect(menu.usable).toEqual(['Overview', 'Plans', 'Venues', 'Bookings inbox', 'Accounts', 'Audit log']);
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '/admin/audit');
  });

  it('joins the items of what several roles allow without repeating any', () => {
    expect(navigationFor(['answerOwnVenueBookings', 'readPlans']).map((item) => item.key)).toEqual([
      'overview',
      'plansAndScenarios',
      'venues',
      'bookingsInbox',
    ]);
    expect(navigationFor(['answerUnmanagedVenueBookings', 'createPlan', 'readPlans']).map((item) => item.key)).toEqual([
      'overview',
      'plans',
      'venues',
      'bookingsInbox',
    ]);
  });
});

describe('the shell', () => {
  it('shows the menu of the signed-in user', async () => {
    mockApi({ 'GET /api/me': () => json(venueManager()) });
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Bookings inbox' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Plans' })).not.toBeInTheDocument();
  });
});

describe('the overview', () => {
  it('tells a venue manager who they are and which venues they manage', async () => {
    mockApi({ 'GET /api/me': () => json(venueManager()) });
    renderApp('/');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Overview' });
    const main = heading.closest('main')!;
    expect(within(main).getByText('Wang Li')).toBeInTheDocument();
    expect(within(main).getByText('cncc.manager')).toBeInTheDocument();
    expect(within(main).getByText('Venue manager')).toBeInTheDocument();
    expect(within(main).getByText('cncc, yanqi-lake')).toBeInTheDocument();
    expect(within(main).getByText('Beijing time')).toBeInTheDocument();
  });

  it('does not speak of managed venues to an officer', async () => {
    mockApi({ 'GET /api/me': () => json(protocolOfficer()) });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByText('Venues you manage')).not.toBeInTheDocument();
  });
});
