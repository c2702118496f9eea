import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { heritageClosedScenario, summitWeek } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderInApp } from '@/testing/render-app';
import type { Plan } from '@/types/api';
import { ScenarioStatusActions } from './scenario-status-actions';

function show(scenario: Plan) {
  mockApi({ 'GET /api/plans/7': () => json(summitWeek([])) });
  return renderInApp(
    <MemoryRouter>
      <ScenarioStatusActions plan={scenario} />
    </MemoryRouter>,
  );
}

describe('a scenario’s way forward', () => {
  it('offers to propose a draft, not to adopt it, where the server allows only proposing', async () => {
    show(heritageClosedScenario('DRAFT', ['edit', 'solve', 'compare', 'propose']));

    expect(await screen.findByText('Summit week')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Propose for adoption' })).toBeInTheDocument();
    expect(screen.getByTestId('compare-link')).toBeInTheDocument();
    expect(screen.queryByTestId('adopt-scenario')).not.toBeInTheDocument();
  });

  it('offers to adopt a proposed scenario where the server allows adopting', async () => {
    show(heritageClosedScenario('PROPOSED', ['edit', 'solve', 'compare', 'adopt']));

    expect(await screen.findByRole('button', { name: 'Adopt' })).toBeInTheDocument();
    expect(screen.queryByTestId('propose-scenario')).not.toBeInTheDocument();
  });

  it('offers nothing but its status where the server allows nothing', async () => {
    show(heritageClosedScenario('ADOPTED', []));

    expect(await screen.findByTestId('scenario-status')).toHaveTextContent('Adopted');
    expect(screen.queryByTestId('compare-link')).not.toBeInTheDocument();
    expect(screen.queryByTestId('propose-scenario')).not.toBeInTheDocument();
    expect(screen.queryByTestId('adopt-scenario')).not.toBeInTheDocument();
  });
});
