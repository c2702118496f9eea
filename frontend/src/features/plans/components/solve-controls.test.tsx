import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { SolveStatus } from '@/types/api';
import { SolveControls } from './solve-controls';

const score = (soft: number) => ({ hard: 0, medium: 0, soft, feasible: true });

const solving = (best: number, starting: number): SolveStatus => ({
  planId: 7,
  state: 'SOLVING',
  requestedBy: 'officer',
  queuedAt: '2026-09-01T08:00:00Z',
  timeLimitSeconds: 30,
  bestScore: score(best),
  startingScore: score(starting),
  timeSpentMs: 12_400,
  scoreCalculationSpeed: 9000,
  stepLimit: 0,
  movedEngagements: 0,
});

function show(status: SolveStatus) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <SolveControls planId={7} status={status} canEdit canPublish={false} />
      </App>
    </QueryClientProvider>,
  );
}

describe('the solve in progress', () => {
  it('says when the solver has found no better plan than the one it started from', async () => {
    await i18n.changeLanguage('en');
    show(solving(-5000, -5000));
    expect(screen.getByTestId('solve-state')).toHaveTextContent('12.4 s · no better plan found yet');
  });

  it('says when it has', async () => {
    await i18n.changeLanguage('zh');
    show(solving(-4000, -5000));
    expect(screen.getByTestId('solve-progress')).toHaveTextContent('已找到更优方案');
    await i18n.changeLanguage('en');
  });
});
