import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { protocolOfficer } from '@/testing/fixtures';
import { csrfEndpoint, json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import type { BatchAnswer, Booking } from '../types';

const request = (id: number): Booking => ({
  id,
  planId: 3,
  planName: 'Summit week',
  status: 'REQUESTED',
  venueId: 'heritage',
  venueName: 'Heritage site',
  venueManaged: false,
  spaceId: 'salon',
  spaceName: 'Salon',
  startsAt: `2027-04-12T0${id % 10}:00:00Z`,
  endsAt: `2027-04-12T0${id % 10}:30:00Z`,
  busyUntil: `2027-04-12T0${id % 10}:45:00Z`,
  timeZone: 'Asia/Shanghai',
  localStart: '2027-04-12T09:00:00',
  localEnd: '2027-04-12T09:30:00',
  answerBy: '2027-04-10T01:00:00Z',
  requestedAt: '2027-04-08T01:00:00Z',
  engagement: null,
  version: id + 100,
  allowedActions: ['confirm', 'decline'],
});

const listed = [request(41), request(42), request(43)];

function officerInbox(answer: (body: { answer: string }) => BatchAnswer) {
  const api = mockApi({
    'GET /api/me': () => json(protocolOfficer()),
    'GET /api/csrf': csrfEndpoint('token'),
    'GET /api/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/bookings': () => json({ content: listed, page: 0, size: 500, totalElements: 3, totalPages: 1 }),
    'GET /api/venues/heritage': () =>
      json({ id: 'heritage', nameEn: 'Heritage site', nameZh: '古迹', spaces: [{ id: 'salon', nameEn: 'Salon' }] }),
    'POST /api/bookings/answers': ({ body }) => json(answer(JSON.parse(body ?? '{}') as { answer: string })),
  });
  return { api, ...renderApp('/inbox') };
}

describe('answering several requests at once', () => {
  it('confirms the selected requests at the versions shown and tells each one’s outcome, refusals first', async () => {
    const { api } = officerInbox(() => ({
      answer: 'confirm',
      answered: 1,
      refused: 1,
      outcomes: [
        { id: 41, result: 'ANSWERED', status: 200, booking: { ...request(41), status: 'CONFIRMED' } },
        { id: 43, result: 'CONFLICT', status: 409, conflictingBookingId: 9, booking: request(43) },
      ],
    }));

    fireEvent.click(
      within(await screen.findByTestId('request-41')).getByRole('checkbox', { name: 'Select booking 41' }),
    );
    fireEvent.click(within(screen.getByTestId('request-43')).getByRole('checkbox', { name: 'Select booking 43' }));
    expect(screen.getByTestId('batch-count')).toHaveTextContent('2 selected');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm selected (2)' }));

    const outcomes = await screen.findByTestId('batch-outcomes');
    expect(JSON.parse(api.sent('POST /api/bookings/answers')[0]!.body!)).toEqual({
      answer: 'confirm',
      bookings: [
        { id: 41, version: 141 },
        { id: 43, version: 143 },
      ],
    });
    expect(outcomes).toHaveTextContent('1 of 2 confirmed; 1 not answered: see why below.');
    const rows = within(outcomes).getAllByTestId(/^batch-outcome-/);
    expect(rows.map((row) => row.dataset.result)).toEqual(['CONFLICT', 'ANSWERED']);
    expect(rows[0]).toHaveTextContent('clashes with confirmed booking 9 of the same floor (409)');
    expect(rows[1]).toHaveTextContent('Confirmed');
    expect(within(screen.getByTestId('request-43')).getByTestId('answer-outcome-43')).toHaveAttribute(
      'data-result',
      'CONFLICT',
    );
    expect(screen.getByTestId('batch-count')).toHaveTextContent('0 selected');
  });

  it('selects the whole page and declines it with one reason, asked once', async () => {
    const { api, user } = officerInbox(() => ({
      answer: 'decline',
      answered: 3,
      refused: 0,
      outcomes: listed.map((booking) => ({ id: booking.id, result: 'ANSWERED', status: 200, booking })),
    }));

    await user.click(await screen.findByRole('checkbox', { name: 'Select all 3 answerable requests of this page' }));
    expect(screen.getByTestId('batch-count')).toHaveTextContent('3 selected');
    await user.click(screen.getByRole('button', { name: 'Decline selected (3)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline 3 selected requests' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Closed for the summit');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));

    expect(await screen.findByTestId('batch-outcomes')).toHaveTextContent('All 3 selected requests declined.');
    const body = JSON.parse(api.sent('POST /api/bookings/answers')[0]!.body!) as {
      reason: string;
      bookings: unknown[];
    };
    expect(body.reason).toBe('Closed for the summit');
    expect(body.bookings).toHaveLength(3);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
