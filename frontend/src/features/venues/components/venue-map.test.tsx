import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import type { Area, MapTiles, VenueSummary } from '@/types/api';
import { renderInApp } from '@/testing/render-app';
import { VenueMap } from './venue-map';

/** A name someone could give a venue; as HTML it would run a script. */
const MARKUP = '<img src=x onerror=alert(1)>';

const venue: VenueSummary = {
  id: 'guesthouse',
  nameEn: `${MARKUP} guesthouse`,
  type: 'hotel',
  district: 'Haidian',
  lat: 39.92,
  lon: 116.31,
  securityGrade: 'A',
  prestige: 8,
  gradingIsDemoAssumption: false,
  spaceNamesZh: {},
  spaceCount: 2,
  largestCapacity: { BANQUET: 300 },
  incomplete: false,
  synthetic: false,
  allowedActions: [],
};

const area: Area = { id: 'axis', nameEn: `${MARKUP} axis`, lat: 39.91, lon: 116.4 };

function renderMap(tiles: MapTiles) {
  const api = mockApi({ 'GET /api/map-tiles': () => json(tiles) });
  const view = renderInApp(
    <VenueMap venues={[venue]} areas={[area]} name={(item) => item.nameEn} onOpen={() => undefined} />,
  );
  return { ...view, api };
}

const tooltips = (container: HTMLElement) =>
  [...container.querySelectorAll('.leaflet-tooltip')].map((tooltip) => tooltip.textContent);

describe('the venue map', () => {
  it('shows venue and area names in their tooltips as the characters typed, never as markup', async () => {
    const { container } = renderMap({ tileUrl: null, attribution: '' });

    await waitFor(() => expect(container.querySelector('.venue-marker-guesthouse')).not.toBeNull());
    fireEvent.mouseOver(container.querySelector('.venue-marker-guesthouse')!);
    await waitFor(() => expect(tooltips(container)).toEqual([`${MARKUP} guesthouse`]));
    fireEvent.mouseOut(container.querySelector('.venue-marker-guesthouse')!);
    fireEvent.mouseOver(container.querySelector('path[stroke-dasharray]')!);
    await waitFor(() => expect(tooltips(container)).toEqual([`Area: ${MARKUP} axis`]));
    expect(container.querySelector('img')).toBeNull();
  });

  it('draws on the tile server the backend names, and says so when there is none', async () => {
    const configured = renderMap({
      tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
      attribution: '© Example tiles',
    });

    await waitFor(() => expect(configured.container.querySelector('img.leaflet-tile')).not.toBeNull());
    expect(configured.container.querySelector('img.leaflet-tile')!.getAttribute('src')).toMatch(
      /^https:\/\/tiles\.example\.org\/9\/\d+\/\d+\.png$/,
    );
    expect(configured.container.querySelector('.leaflet-control-attribution')?.textContent).toContain(
      '© Example tiles',
    );
    expect(
      screen.queryByText('Map tiles are not configured; markers and areas are drawn on a blank background.'),
    ).toBeNull();
    configured.unmount();

    renderMap({ tileUrl: null, attribution: '' });
    expect(
      await screen.findByText('Map tiles are not configured; markers and areas are drawn on a blank background.'),
    ).toBeInTheDocument();
  });
});
