import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { json, mockApi, problem } from '@/testing/mock-api';
import type { PlaceOption, PlaceOptions } from '@/types/api';
import { renderInApp } from '@/testing/render-app';
import { PlaceFinder } from './place-finder';

const clean: PlaceOption = {
  spaceId: 'hall',
  spaceName: 'Hall',
  venueId: 'cncc',
  venueName: 'Convention Centre',
  start: '2027-04-12T10:00',
  score: { hard: 0, medium: 0, soft: -120 },
  difference: { hard: 30, medium: 0, soft: -5 },
  breaksHardRules: false,
  added: [],
  removed: [
    {
      constraint: 'space-conflict',
      score: -30,
      eventIds: ['talks', 'briefing'],
      parameters: {
        spaceId: 'salon',
        space: 'Salon at Heritage',
        firstEvent: 'Talks',
        secondEvent: 'Briefing',
        minutes: 30,
      },
      sentence: 'Salon at Heritage is double-booked: Talks and Briefing overlap by 30 minutes, turnover included',
    },
  ],
};

const answer = (places: PlaceOption[]): PlaceOptions => ({
  eventId: 'talks',
  current: { hard: -30, medium: 0, soft: -115 },
  places,
});

function renderFinder(places: () => Response, canMove = true) {
  const api = mockApi({ 'GET /api/plans/7/engagements/talks/places': places });
  const onChoose = vi.fn();
  const { user } = renderInApp(
    <PlaceFinder
      planId={7}
      eventId="talks"
      offsetMinutes={480}
      names={{ space: (id) => (id === 'salon' ? 'Salon at Heritage' : undefined) }}
      venueName={(id, fallback) => (id === 'cncc' ? 'National Convention Centre' : fallback)}
      canMove={canMove}
      onChoose={onChoose}
    />,
  );
  return { api, onChoose, user };
}

describe('finding a place for an engagement', () => {
  it('asks for the places only on request, lists them worded, and hands the chosen one on', async () => {
    const { api, onChoose, user } = renderFinder(() => json(answer([clean])));
    expect(api.sent('GET /api/plans/7/engagements/talks/places')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Find a place' }));

    const place = await screen.findByTestId('place-option');
    expect(new URLSearchParams(api.sent('GET /api/plans/7/engagements/talks/places')[0]!.search).get('limit')).toBe(
      '10',
    );
    expect(within(place).getByText('National Convention Centre · Hall · 12 Apr 2027, 10:00')).toBeInTheDocument();
    expect(within(place).getByTestId('place-difference')).toHaveTextContent('hard rules 30 better, soft rules 5 worse');
    expect(within(place).getByText('Mended by the move')).toBeInTheDocument();
    expect(place).toHaveTextContent('Space double-booked');
    expect(within(place).queryByText('Breaks a hard rule')).not.toBeInTheDocument();

    await user.click(within(place).getByRole('button', { name: /^Preview the move to National Convention Centre/ }));
    expect(onChoose).toHaveBeenCalledWith(clean);
  });

  it('shows three matches of a list, and the rest on request', async () => {
    const many = Array.from({ length: 5 }, () => clean.removed[0]!);
    const { user } = renderFinder(() => json(answer([{ ...clean, removed: many }])));
    await user.click(screen.getByRole('button', { name: 'Find a place' }));

    const place = await screen.findByTestId('place-option');
    expect(within(place).getAllByText(/Space double-booked/)).toHaveLength(3);
    await user.click(within(place).getByRole('button', { name: '2 more' }));
    expect(within(place).getAllByText(/Space double-booked/)).toHaveLength(5);
  });

  it('marks places that break a hard rule, shown only because no other exists', async () => {
    const { user } = renderFinder(() =>
      json(answer([{ ...clean, breaksHardRules: true, difference: { hard: -10, medium: 0, soft: 0 } }])),
    );
    await user.click(screen.getByRole('button', { name: 'Find a place' }));

    const place = await screen.findByTestId('place-option');
    expect(within(place).getByText('Breaks a hard rule')).toBeInTheDocument();
    expect(screen.getByText('Every place breaks a hard rule; these break the fewest.')).toBeInTheDocument();
  });

  it('shows the places to a reader who may not move, without a way to choose', async () => {
    const { user } = renderFinder(() => json(answer([clean])), false);
    await user.click(screen.getByRole('button', { name: 'Find a place' }));

    const place = await screen.findByTestId('place-option');
    expect(within(place).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('You may look but not move engagements of this plan.')).toBeInTheDocument();
  });

  it('speaks Chinese, the start in Beijing time', async () => {
    await i18n.changeLanguage('zh');
    const { user } = renderFinder(() => json(answer([clean])));
    await user.click(screen.getByRole('button', { name: '查找可安排位置' }));

    const place = await screen.findByTestId('place-option');
    expect(place).toHaveTextContent('2027年4月12日 10:00');
    expect(within(place).getByTestId('place-difference')).toHaveTextContent('硬性规则改善30，优化目标变差5');
    expect(place).toHaveTextContent('场地时间冲突');
  });

  it('says when the places could not be found', async () => {
    const { user } = renderFinder(() => problem(404, 'Not Found', 'no engagement talks'));
    await user.click(screen.getByRole('button', { name: 'Find a place' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});
