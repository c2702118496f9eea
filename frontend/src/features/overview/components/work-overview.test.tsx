import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { protocolOfficer, venueManager } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import type { Overview } from '../types';

const NOW = '2027-04-10T00:00:00Z';

function startPage(me: ReturnType<typeof protocolOfficer>, overview: Overview) {
  mockApi({
    'GET /api/me': () => json(me),
    'GET /api/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/overview': () => json(overview),
  });
  return renderApp('/');
}

describe('the start page', () => {
  it('shows an officer the plans to re-plan, the requests they answer and what lapses soon, each leading to its screen', async () => {
    startPage(protocolOfficer(), {
      now: NOW,
      officer: {
        plansToReplan: [
          { planId: 7, planName: 'Summit week', needsReplan: true, needsAttention: false, changedAt: NOW },
        ],
        unmanagedRequests: 12,
        unmanagedDeadlines: [{ answerBy: '2027-04-10T06:00:00Z', requests: 12 }],
        lapsingBefore: '2027-04-11T00:00:00Z',
        lapsing: [{ planId: 7, planName: 'Summit week', requests: 5, soonestAnswerBy: '2027-04-10T06:00:00Z' }],
      },
    });

    const officer = await screen.findByTestId('overview-officer');
    expect(within(officer).getByRole('link', { name: 'Summit week' })).toHaveAttribute('href', '/plans/7');
    expect(within(officer).getByText('Needs a re-plan')).toBeInTheDocument();
    expect(within(officer).getByTestId('overview-unmanaged')).toHaveAttribute('href', '/inbox');
    expect(within(officer).getByTestId('overview-unmanaged')).toHaveTextContent('12requests wait for your answer');
    const deadline = within(within(officer).getByTestId('overview-unmanaged-deadlines')).getByRole('listitem');
    expect(deadline).toHaveTextContent('12 to answer by');
    expect(deadline).toHaveTextContent('Due within a day');
    expect(within(within(officer).getByTestId('overview-lapsing')).getByRole('link')).toHaveAttribute(
      'href',
      '/plans/7',
    );
    expect(screen.queryByTestId('overview-manager')).not.toBeInTheDocument();
  });

  it('shows a venue manager their requests by deadline and nothing of other roles', async () => {
    startPage(venueManager(), {
      now: NOW,
      manager: {
        requests: 3,
        deadlines: [
          { answerBy: '2027-04-09T23:00:00Z', requests: 1 },
          { answerBy: '2027-04-13T00:00:00Z', requests: 2 },
        ],
      },
    });

    const manager = await screen.findByTestId('overview-manager');
    expect(within(manager).getByTestId('overview-requests')).toHaveAttribute('href', '/inbox');
    const items = within(within(manager).getByTestId('overview-deadlines')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Past its answer-by time');
    expect(items[1]).toHaveTextContent('2 to answer by');
    expect(items[1]).not.toHaveTextContent('Due within a day');
    expect(screen.queryByTestId('overview-officer')).not.toBeInTheDocument();
    expect(screen.queryByTestId('overview-admin')).not.toBeInTheDocument();
  });
});
