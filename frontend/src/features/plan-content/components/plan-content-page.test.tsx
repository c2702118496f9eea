import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { summitWeek } from '@/testing/fixtures';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderInApp } from '@/testing/render-app';
import { PlanContentPage } from './plan-content-page';

function show(plan: Response) {
  mockApi({
    'GET /api/plans/7': () => plan,
    'GET /api/plans/7/solve': () => problem(404, 'Not Found', 'This plan has not been solved yet.'),
  });
  return renderInApp(
    <MemoryRouter>
      <PlanContentPage planId={7} section="delegations">
        {({ editable }) => <p data-testid="content">{editable ? 'editable' : 'read-only'}</p>}
      </PlanContentPage>
    </MemoryRouter>,
  );
}

describe('a plan’s delegations and engagements', () => {
  it('are editable where the plan’s answer allows editing it', async () => {
    show(json(summitWeek(['edit', 'delete', 'solve', 'publish', 'createScenario'])));

    expect(await screen.findByTestId('content')).toHaveTextContent('editable');
    expect(screen.queryByTestId('read-only')).not.toBeInTheDocument();
  });

  it('are read-only, and say so, where it does not', async () => {
    show(json(summitWeek(['createScenario'])));

    expect(await screen.findByTestId('content')).toHaveTextContent('read-only');
    expect(screen.getByTestId('read-only')).toHaveTextContent('You may read this plan but not change it.');
  });

  it('are not shown at all to a role the plan is refused to', async () => {
    show(problem(403, 'Forbidden', 'Your role may not do this.'));

    expect(await screen.findByTestId('plan-content-forbidden')).toHaveTextContent(
      'Your role cannot see the delegations and engagements of plans.',
    );
    expect(screen.queryByTestId('content')).not.toBeInTheDocument();
  });
});
