import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { protocolOfficer } from '@/testing/fixtures';
import { csrfEndpoint, json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import type { Notification, NotificationGroup } from '../types';

const groups: NotificationGroup[] = [
  { planId: 7, planName: 'Summit week', total: 25, unread: 3, latestAt: '2027-04-10T02:00:00Z' },
  { planId: 8, planName: 'Forum', total: 1, unread: 0, latestAt: '2027-04-09T02:00:00Z' },
];

const published = (id: number): Notification => ({
  id,
  kind: 'BOOKINGS_REQUESTED',
  subjectType: 'plan',
  subjectId: '7',
  planId: 7,
  planName: 'Summit week',
  bookingCount: 42,
  venueCount: 7,
  message: "Plan 'Summit week' published: 42 booking request(s) at 7 venues …",
  createdAt: '2027-04-10T02:00:00Z',
  read: false,
});

function officerWithNotifications() {
  const api = mockApi({
    'GET /api/me': () => json(protocolOfficer()),
    'GET /api/csrf': csrfEndpoint('token'),
    'GET /api/notifications/unread-count': () => json({ count: 3 }),
    'GET /api/notifications/plans': () => json({ content: groups, page: 0, size: 10, totalElements: 2, totalPages: 1 }),
    'GET /api/notifications': ({ search }) => {
      const page = Number(new URLSearchParams(search).get('page'));
      const content = Array.from({ length: page < 2 ? 10 : 5 }, (_, i) => published(100 + page * 10 + i));
      return json({ content, page, size: 10, totalElements: 25, totalPages: 3 });
    },
    'POST /api/notifications/read': () => json({ marked: 3 }),
  });
  return { api, ...renderApp('/') };
}

describe('the notifications', () => {
  it('come grouped by plan, the newest plan open, its notices a page at a time and worded from their counts', async () => {
    const { api, user } = officerWithNotifications();
    await user.click(await screen.findByRole('button', { name: 'Notifications, 3 unread' }));

    const summit = await screen.findByTestId('notification-group-7');
    expect(summit).toHaveTextContent('Summit week 3 unread of 25');
    expect(screen.getByTestId('notification-group-8')).toHaveTextContent('Forum 0 unread of 1');
    const notices = await screen.findAllByTestId(/^notification-1\d\d$/);
    expect(notices).toHaveLength(10);
    expect(notices[0]).toHaveTextContent('Plan “Summit week” published: 42 booking requests at 7 of your venues');
    expect(new URLSearchParams(api.sent('GET /api/notifications')[0]!.search).get('plan')).toBe('7');

    await user.click(within(screen.getByTestId('notification-groups')).getByTitle('3'));
    await waitFor(() => expect(screen.getAllByTestId(/^notification-1\d\d$/)).toHaveLength(5));
    expect(screen.getByText('21-25 of 25')).toBeInTheDocument();
  });

  it('are all marked read at once, or one plan’s', async () => {
    const { api, user } = officerWithNotifications();
    await user.click(await screen.findByRole('button', { name: 'Notifications, 3 unread' }));

    await user.click(await screen.findByRole('button', { name: 'Mark this plan’s as read' }));
    await waitFor(() => expect(api.sent('POST /api/notifications/read')).toHaveLength(1));
    expect(api.sent('POST /api/notifications/read')[0]!.search).toBe('?plan=7');

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(api.sent('POST /api/notifications/read')).toHaveLength(2));
    expect(api.sent('POST /api/notifications/read')[1]!.search).toBe('');
    expect(await screen.findByText('3 marked as read.')).toBeInTheDocument();
  });
});
