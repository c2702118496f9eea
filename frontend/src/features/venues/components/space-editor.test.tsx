import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { csrfEndpoint, json, mockApi } from '@/testing/mock-api';
import { renderInApp } from '@/testing/render-app';
import type { SpaceDetail } from '@/types/api';
import { SpaceEditor } from './space-editor';

const ballroom: SpaceDetail = {
  id: 'cncc-ballroom',
  nameEn: 'Grand Ballroom',
  capacity: { THEATRE: 3500 },
  features: [],
  turnoverMinutes: 60,
  open: [],
  exceptions: [],
  blackouts: [],
  parts: [],
  version: 3,
};

describe('the space editor', () => {
  it('sends a negative capacity as typed, shows the refusal under it and does not say it was saved', async () => {
    await i18n.changeLanguage('en');
    const api = mockApi({
      'GET /api/csrf': csrfEndpoint('token'),
      'PUT /api/venues/cncc/spaces/cncc-ballroom': () =>
        json(
          {
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'capacity.THEATRE: must be at least 1',
            errors: [{ path: 'capacity.THEATRE', message: 'must be at least 1' }],
          },
          400,
        ),
    });
    const { user } = renderInApp(<SpaceEditor venueId="cncc" space={ballroom} spaces={[ballroom]} language="en" />);

    const theatre = screen.getByRole('spinbutton', { name: 'Theatre' });
    await user.clear(theatre);
    await user.type(theatre, '-10');
    await user.click(screen.getByRole('button', { name: 'Save space' }));

    expect(await screen.findByText('must be at least 1')).toBeInTheDocument();
    expect(theatre.closest('.ant-form-item')).toHaveTextContent('must be at least 1');
    expect(theatre).toHaveValue('-10');
    const sent = JSON.parse(api.sent('PUT /api/venues/cncc/spaces/cncc-ballroom')[0]!.body!) as {
      capacity: Record<string, number>;
    };
    expect(sent.capacity.THEATRE).toBe(-10);
    expect(screen.queryByText('Space saved.')).not.toBeInTheDocument();
  });

  it('keeps a divisible hall’s parts when other fields are saved, and tells a part it has none', async () => {
    await i18n.changeLanguage('en');
    const hallA: SpaceDetail = { ...ballroom, id: 'cncc-hall-a', nameEn: 'Hall A' };
    const hallB: SpaceDetail = { ...ballroom, id: 'cncc-hall-b', nameEn: 'Hall B' };
    const hallAB: SpaceDetail = {
      ...ballroom,
      id: 'cncc-hall-ab',
      nameEn: 'Hall AB',
      parts: ['cncc-hall-a', 'cncc-hall-b'],
    };
    const spaces = [hallAB, hallA, hallB];
    const api = mockApi({
      'GET /api/csrf': csrfEndpoint('token'),
      'PUT /api/venues/cncc/spaces/cncc-hall-ab': () => json({ id: 'cncc', spaces }),
    });
    const { user } = renderInApp(
      <>
        <SpaceEditor venueId="cncc" space={hallAB} spaces={spaces} language="en" />
        <SpaceEditor venueId="cncc" space={hallA} spaces={spaces} language="en" />
      </>,
    );

    expect(screen.getByText('This space is a part of Hall AB: a part has no parts of its own.')).toBeInTheDocument();
    expect(screen.getByTestId('space-editor-cncc-hall-ab')).toHaveTextContent('Hall AHall B');
    await user.click(screen.getAllByRole('button', { name: 'Save space' })[0]!);

    await screen.findByText('Space saved.');
    const sent = JSON.parse(api.sent('PUT /api/venues/cncc/spaces/cncc-hall-ab')[0]!.body!) as { parts: string[] };
    expect(sent.parts).toEqual(['cncc-hall-a', 'cncc-hall-b']);
  });
});
