import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/types/api';
import { administrator, planner, protocolOfficer } from '@/testing/fixtures';
import { i18n } from '@/lib/i18n';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import type { Booking } from '../types';

const salonRequest: Booking = {
  id: 41,
  planId: 3,
  planName: 'Summit week',
  status: 'REQUESTED',
  venueId: 'heritage',
  venueName: 'Heritage site',
  venueManaged: false,
  spaceId: 'salon',
  spaceName: 'Salon',
  startsAt: '2027-04-12T01:00:00Z',
  endsAt: '2027-04-12T02:00:00Z',
  busyUntil: '2027-04-12T02:15:00Z',
  timeZone: 'Asia/Shanghai',
  localStart: '2027-04-12T09:00:00',
  localEnd: '2027-04-12T10:00:00',
  answerBy: '2027-04-10T01:00:00Z',
  requestedAt: '2027-04-08T01:00:00Z',
  engagement: {
    id: 'briefing',
    title: 'Briefing for Ruritania',
    type: 'BRIEFING',
    headcount: 10,
    layout: 'ROUNDTABLE',
    requiredFeatures: [],
    attendees: [
      { name: 'Ruritania', country: null },
      { name: 'Oman', country: 'OM' },
    ],
    confidential: false,
  },
  version: 1,
  allowedActions: ['confirm', 'decline', 'withdraw'],
};

const heritage = {
  id: 'heritage',
  nameEn: 'Heritage site',
  nameZh: '古迹',
  spaces: [{ id: 'salon', nameEn: 'Salon', nameZh: '沙龙厅' }],
};

function officerInbox(me: CurrentUser) {
  const api = mockApi({
    'GET /api/me': () => json(me),
    'GET /api/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/bookings': () => json({ content: [salonRequest], page: 0, size: 500, totalElements: 1, totalPages: 1 }),
    'GET /api/venues/heritage': () => json(heritage),
  });
  return { api, ...renderApp('/inbox') };
}

describe('the officers’ bookings inbox', () => {
  it('lists the requests of venues without managers, to confirm or decline, without the manager’s week and feed', async () => {
    const { api } = officerInbox(protocolOfficer());

    const card = await screen.findByTestId('request-41');
    expect(within(card).getByRole('button', { name: 'Confirm' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(
      screen.getByText('Requests for venues without a venue manager; you answer them for the venue.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('Requests to your venues waiting for your answer, the most urgent first.'),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Requests (1)' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Week' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Calendar feed' })).not.toBeInTheDocument();

    const reads = api.sent('GET /api/bookings').map((request) => new URLSearchParams(request.search));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((query) => query.get('status') === 'REQUESTED' && query.get('managed') === 'false')).toBe(true);
    // The card's venue is read after the card is drawn (its query starts with the page's effects).
    await waitFor(() => expect(api.sent('GET /api/venues/heritage')).toHaveLength(1));
  });

  it('names the attending delegations by their country in Chinese, and by the name given where none is known', async () => {
    try {
      officerInbox({ ...protocolOfficer(), language: 'zh' });

      const card = await screen.findByTestId('request-41');
      expect(within(card).getByText('Ruritania、阿曼')).toBeInTheDocument();
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('names the attending delegations as given in English', async () => {
    officerInbox(protocolOfficer());

    const card = await screen.findByTestId('request-41');
    expect(within(card).getByText('Ruritania, Oman')).toBeInTheDocument();
  });

  it('offers only the answers the server allows for each request', async () => {
    const answered: Booking = { ...salonRequest, id: 44, allowedActions: ['withdraw'] };
    mockApi({
      'GET /api/me': () => json(protocolOfficer()),
      'GET /api/notifications/unread-count': () => json({ count: 0 }),
      'GET /api/bookings': () =>
        json({ content: [salonRequest, answered], page: 0, size: 500, totalElements: 2, totalPages: 1 }),
      'GET /api/venues/heritage': () => json(heritage),
    });
    renderApp('/inbox');

    const allowed = await screen.findByTestId('request-41');
    expect(within(allowed).getByRole('button', { name: 'Confirm' })).toBeInTheDocument();
    expect(within(allowed).getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    const refused = await screen.findByTestId('request-44');
    expect(within(refused).queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    expect(within(refused).queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });

  it('serves administrators too', async () => {
    officerInbox(administrator());
    expect(await screen.findByTestId('request-41')).toBeInTheDocument();
  });

  it('gives an officer who also manages venues both: their venues’ requests and those without managers, and their week', async () => {
    const mine: Booking = {
      ...salonRequest,
      id: 42,
      venueId: 'cncc',
      venueName: 'CNCC',
      venueManaged: true,
      spaceId: 'hall',
      spaceName: 'Hall',
    };
    const others: Booking = { ...mine, id: 43, venueId: 'elsewhere', venueName: 'Elsewhere' };
    const api = mockApi({
      'GET /api/me': () =>
        json({
          ...protocolOfficer(),
          roles: ['PROTOCOL_OFFICER', 'VENUE_MANAGER'],
          managedVenueIds: ['cncc'],
          allowedActions: [...protocolOfficer().allowedActions, 'answerOwnVenueBookings'],
        }),
      'GET /api/notifications/unread-count': () => json({ count: 0 }),
      'GET /api/bookings': ({ search }) => {
        const query = new URLSearchParams(search);
        const content =
          query.get('status') !== 'REQUESTED' ? [] : query.get('managed') === 'false' ? [salonRequest] : [mine, others];
        return json({ content, page: 0, size: 500, totalElements: content.length, totalPages: 1 });
      },
      'GET /api/venues/heritage': () => json(heritage),
      'GET /api/venues/cncc': () =>
        json({ id: 'cncc', nameEn: 'CNCC', nameZh: '国家会议中心', spaces: [{ id: 'hall', nameEn: 'Hall' }] }),
    });
    renderApp('/inbox');

    expect(await screen.findByTestId('request-41')).toBeInTheDocument();
    expect(await screen.findByTestId('request-42')).toBeInTheDocument();
    expect(screen.queryByTestId('request-43')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('inbox-intro')).toHaveLength(2);
    expect(screen.getByRole('tab', { name: 'Week' })).toBeInTheDocument();
    // Once the venue of the officer's card is read, a read of the other one would have gone out with it.
    await waitFor(() => expect(api.sent('GET /api/venues/heritage')).toHaveLength(1));
    expect(api.sent('GET /api/venues/elsewhere')).toHaveLength(0);
  });

  it('shows a long list twenty requests at a time, most urgent first, and finds one by its engagement', async () => {
    const many: Booking[] = Array.from({ length: 25 }, (_, i) => ({
      ...salonRequest,
      id: 100 + i,
      answerBy: new Date(Date.UTC(2027, 3, 10, i)).toISOString(),
      engagement: { ...salonRequest.engagement!, id: `ev-${i}`, title: `Briefing number ${100 + i}` },
    }));
    const api = mockApi({
      'GET /api/me': () => json(protocolOfficer()),
      'GET /api/notifications/unread-count': () => json({ count: 0 }),
      'GET /api/bookings': () =>
        json({ content: [...many].reverse(), page: 0, size: 500, totalElements: 25, totalPages: 1 }),
      'GET /api/venues/heritage': () => json(heritage),
    });
    renderApp('/inbox');

    expect(await screen.findByTestId('request-100')).toBeInTheDocument();
    expect(screen.getAllByTestId(/^request-1\d\d$/)).toHaveLength(20);
    expect(screen.queryByTestId('request-120')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTitle('2'));
    expect(await screen.findByTestId('request-124')).toBeInTheDocument();
    expect(screen.getAllByTestId(/^request-1\d\d$/)).toHaveLength(5);

    const search = screen.getByRole('searchbox', { name: 'Find a request by engagement, plan, venue or space' });
    fireEvent.change(search, { target: { value: 'number 107' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(await screen.findByTestId('request-107')).toBeInTheDocument();
    expect(screen.getAllByTestId(/^request-1\d\d$/)).toHaveLength(1);
    expect(api.sent('GET /api/venues/heritage')).toHaveLength(1);
  });

  it('is not a planner’s', async () => {
    mockApi({
      'GET /api/me': () => json(planner()),
      'GET /api/notifications/unread-count': () => json({ count: 0 }),
    });
    renderApp('/inbox');
    expect(await screen.findByTestId('inbox-not-allowed')).toBeInTheDocument();
  });
});
