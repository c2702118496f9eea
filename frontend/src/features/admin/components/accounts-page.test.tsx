import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { administrator } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import type { Account } from '../api/types';

const directoryManager: Account = {
  id: 7,
  username: 'li.wei',
  displayName: 'Li Wei',
  email: 'li.wei@cncc.example',
  roles: ['VENUE_MANAGER'],
  managedVenueIds: ['heritage'],
  enabled: true,
  directoryManaged: true,
  language: 'en',
  version: 3,
};

const localPlanner: Account = {
  ...directoryManager,
  id: 8,
  username: 'local.planner',
  directoryManaged: false,
  roles: ['PLANNER'],
  managedVenueIds: [],
};

const page = <T,>(content: T[]) => ({ content, page: 0, size: 1000, totalElements: content.length, totalPages: 1 });

function accountsPage() {
  const api = mockApi({
    'GET /api/me': () => json(administrator()),
    'GET /api/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/accounts': () => json(page([directoryManager, localPlanner])),
    'GET /api/venues': () => json(page([{ id: 'heritage', nameEn: 'Heritage site', nameZh: '古迹' }])),
  });
  return { api, ...renderApp('/admin/accounts') };
}

describe('accounts of the office directory', () => {
  it('are marked, and their password cannot be reset here', async () => {
    accountsPage();

    expect(await screen.findByTestId('account-directory-li.wei')).toHaveTextContent('Office directory');
    expect(screen.queryByTestId('account-directory-local.planner')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reset password li.wei' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Reset password local.planner' })).toBeEnabled();
  });

  it('keep the roles of their groups while their venues are set here', async () => {
    const { user } = accountsPage();

    await user.click(await screen.findByRole('button', { name: 'Edit li.wei' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Roles come from the person’s groups in the office directory/)).toBeInTheDocument();
    for (const role of within(dialog).getAllByRole('checkbox')) {
      expect(role).toBeDisabled();
    }
    expect(within(dialog).getByLabelText('Managed venues')).toBeEnabled();
  });
});
