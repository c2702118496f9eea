import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { Kpis } from '@/types/plan-document';
import { ScoreSummary } from './score-summary';

const kpis = (unscheduled: number): Kpis => ({
  unscheduled: { count: unscheduled, priority: unscheduled * 5 },
  travelMinutes: 900,
  prestigeGap: 1.2,
  equalTreatmentSpread: 0.4,
  emptySeatShare: 0.3,
  offCustomaryHours: 0,
});

describe('the score verdict', () => {
  it('never says "Feasible" alone while engagements are unscheduled', async () => {
    await i18n.changeLanguage('en');
    const { rerender } = render(<ScoreSummary score={{ hard: 0, medium: -1005, soft: -4000 }} kpis={kpis(201)} />);
    expect(screen.getByTestId('score-verdict')).toHaveTextContent(/^Feasible · 201 unscheduled$/);

    rerender(<ScoreSummary score={{ hard: 0, medium: -5, soft: -4000 }} kpis={undefined} />);
    expect(screen.getByTestId('score-verdict')).toHaveTextContent(/^Feasible · some unscheduled$/);

    rerender(<ScoreSummary score={{ hard: 0, medium: 0, soft: -4000 }} kpis={kpis(0)} />);
    expect(screen.getByTestId('score-verdict')).toHaveTextContent(/^Feasible$/);

    rerender(<ScoreSummary score={{ hard: -3, medium: 0, soft: -4000 }} kpis={kpis(0)} />);
    expect(screen.getByTestId('score-verdict')).toHaveTextContent(/^Breaks hard rules$/);
  });

  it('says it in Chinese too', async () => {
    await i18n.changeLanguage('zh');
    render(<ScoreSummary score={{ hard: 0, medium: -15, soft: -4000 }} kpis={kpis(3)} />);
    expect(screen.getByTestId('score-verdict')).toHaveTextContent('可行 · 3项未排定');
    await i18n.changeLanguage('en');
  });
});
