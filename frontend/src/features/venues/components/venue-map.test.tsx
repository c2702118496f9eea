import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import type { Area, MapTiles, VenueSummary } from '@/types/api';
import { renderInApp } from '@/testing/render-app';
import { BASE_MAP_URL } from '../api/get-base-map';
import { type HighlightedPlan, VenueMap } from './venue-map';

/** A name someone could give a venue; as HTML it would run a script. */
const MARKUP = '<img src=x onerror=alert(1)>';

function venue(id: string, lat: number, lon: number, securityGrade: 'A' | 'B' | 'C', nameEn = id): VenueSummary {
  return {
    id,
    nameEn,
    type: 'hotel',
    district: 'Haidian',
    lat,
    lon,
    securityGrade,
    prestige: 8,
    gradingIsDemoAssumption: false,
    spaceNamesZh: {},
    spaceCount: 2,
    largestCapacity: { BANQUET: 300 },
    incomplete: false,
    synthetic: false,
    allowedActions: [],
  };
}

/** Far apart at the map's first zoom (9): each is drawn alone. */
const GUESTHOUSE = venue('guesthouse', 39.92, 116.31, 'A', `${MARKUP} guesthouse`);
const AIRPORT_HOTEL = venue('airport-hotel', 40.08, 116.6, 'C');
/** Two halls 300 m apart: one cluster at zoom 9, apart from zoom 14. */
const HALL_EAST = venue('hall-east', 39.9042, 116.4074, 'A');
const HALL_WEST = venue('hall-west', 39.9042, 116.4039, 'B');

const area: Area = { id: 'axis', nameEn: `${MARKUP} axis`, lat: 39.91, lon: 116.4 };

/** A base map of one square around the city, as the shipped file has Beijing's outline. */
const BASE = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'municipality', nameEn: 'Beijing', nameZh: '北京市' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [116, 39.6],
            [116.8, 39.6],
            [116.8, 40.2],
            [116, 40.2],
            [116, 39.6],
          ],
        ],
      },
    },
  ],
};

function renderMap(options: { tiles?: MapTiles; venues?: VenueSummary[]; plan?: HighlightedPlan | null } = {}) {
  const api = mockApi({
    'GET /api/map-tiles': () => json(options.tiles ?? { tileUrl: null, attribution: '' }),
    [`GET ${new URL(BASE_MAP_URL, 'http://localhost').pathname}`]: () => json(BASE),
  });
  const onOpen = vi.fn();
  const view = renderInApp(
    <VenueMap
      venues={options.venues ?? [GUESTHOUSE]}
      areas={[area]}
      name={(item) => item.nameEn}
      onOpen={onOpen}
      plan={options.plan ?? null}
    />,
  );
  return { ...view, api, onOpen };
}

const tooltips = (container: HTMLElement) =>
  [...container.querySelectorAll('.leaflet-tooltip')].map((tooltip) => tooltip.textContent);

const mark = (container: HTMLElement, selector: string) => container.querySelector<HTMLElement>(selector);

describe('the venue map', () => {
  it('shows venue and area names in their tooltips as the characters typed, never as markup', async () => {
    const { container } = renderMap();

    await waitFor(() => expect(mark(container, '.venue-marker-guesthouse')).not.toBeNull());
    fireEvent.mouseOver(mark(container, '.venue-marker-guesthouse')!);
    await waitFor(() => expect(tooltips(container)).toEqual([`${MARKUP} guesthouse, grade A`]));
    fireEvent.mouseOut(mark(container, '.venue-marker-guesthouse')!);
    fireEvent.mouseOver(container.querySelector('path[stroke-dasharray]')!);
    await waitFor(() => expect(tooltips(container)).toEqual([`Area: ${MARKUP} axis`]));
    expect(container.querySelector('img')).toBeNull();
  });

  it('draws the outline of Beijing that ships with it, and tells so and whose data it is', async () => {
    const { container } = renderMap();

    expect(
      await screen.findByText(
        'Drawn on the outline of Beijing shipped with the application; no tile server is configured.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector('path[stroke="#7a5c2e"]')).not.toBeNull());
    expect(container.querySelector('.leaflet-control-attribution')?.textContent).toContain(
      'outlines DCW-GMT, rivers and lakes GSHHG (LGPL-3.0-or-later)',
    );
  });

  it('draws on the tile server the backend names, with its attribution beside the base map’s', async () => {
    const { container } = renderMap({
      tiles: { tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example tiles' },
    });

    await waitFor(() => expect(container.querySelector('img.leaflet-tile')).not.toBeNull());
    expect(container.querySelector('img.leaflet-tile')!.getAttribute('src')).toMatch(
      /^https:\/\/tiles\.example\.org\/9\/\d+\/\d+\.png$/,
    );
    await waitFor(() =>
      expect(container.querySelector('.leaflet-control-attribution')?.textContent).toContain('DCW-GMT'),
    );
    expect(container.querySelector('.leaflet-control-attribution')?.textContent).toContain('© Example tiles');
    expect(screen.queryByText(/no tile server is configured/)).toBeNull();
  });

  it('marks each venue with its grade’s letter and colour, as a named button that Enter opens', async () => {
    const { container, onOpen } = renderMap({ venues: [GUESTHOUSE, AIRPORT_HOTEL] });

    await waitFor(() => expect(mark(container, '.venue-marker-airport-hotel')).not.toBeNull());
    const airport = mark(container, '.venue-marker-airport-hotel')!;
    expect(airport).toHaveAttribute('role', 'button');
    expect(airport).toHaveAttribute('tabindex', '0');
    expect(airport).toHaveAttribute('aria-label', 'airport-hotel, grade C');
    expect(airport.querySelector('.venue-mark-letter')).toHaveTextContent('C');
    expect(airport.querySelector<HTMLElement>('.venue-mark-letter')!.style.background).toBe('rgb(29, 57, 196)');
    expect(mark(container, '.venue-marker-guesthouse .venue-mark-letter')!.style.background).toBe('rgb(168, 7, 26)');

    fireEvent.keyDown(airport, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('airport-hotel');
  });

  it('draws close venues as one cluster that zooms in until they stand apart', async () => {
    const { container, onOpen } = renderMap({ venues: [HALL_EAST, HALL_WEST, AIRPORT_HOTEL] });

    await waitFor(() => expect(mark(container, '.venue-cluster')).not.toBeNull());
    const cluster = mark(container, '.venue-cluster')!;
    expect(cluster.querySelector('.venue-cluster-count')).toHaveTextContent('2');
    expect(cluster).toHaveAttribute('aria-label', '2 venues here; zoom in');
    expect(cluster.querySelector<HTMLElement>('.venue-cluster-ring')!.style.background).toContain('conic-gradient');
    expect(mark(container, '.venue-marker-hall-east')).toBeNull();

    fireEvent.keyDown(cluster, { key: 'Enter' });
    await waitFor(() => expect(mark(container, '.venue-marker-hall-east')).not.toBeNull());
    expect(mark(container, '.venue-marker-hall-west')).not.toBeNull();
    expect(mark(container, '.venue-cluster')).toBeNull();
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('lists the venues of a cluster no zoom splits, each opening its venue', async () => {
    const annex = venue('hall-east-annex', HALL_EAST.lat!, HALL_EAST.lon!, 'B', 'East hall annex');
    const { container, onOpen } = renderMap({ venues: [HALL_EAST, annex] });

    await waitFor(() => expect(mark(container, '.venue-cluster')).not.toBeNull());
    expect(mark(container, '.venue-cluster')).toHaveAttribute('aria-label', '2 venues at one place; list them');
    fireEvent.click(mark(container, '.venue-cluster')!);
    const link = await screen.findByRole('link', { name: 'East hall annex' });
    expect(link).toHaveAttribute('href', '/venues/hall-east-annex');
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith('hall-east-annex');
  });

  it('rings the venues of the highlighted plan, and the clusters that hold any, and brings them into view', async () => {
    // The map needs a size to fit the plan's venues into; jsdom lays nothing out.
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(460);
    const plan = { id: 7, venueIds: new Set(['airport-hotel', 'hall-west']) };
    const { container } = renderMap({
      venues: [GUESTHOUSE, HALL_EAST, HALL_WEST, AIRPORT_HOTEL],
      plan,
      tiles: { tileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© Example tiles' },
    });

    await waitFor(() => expect(mark(container, '.venue-marker-airport-hotel.venue-mark-plan')).not.toBeNull());
    expect(mark(container, '.venue-marker-airport-hotel')).toHaveAttribute(
      'aria-label',
      'airport-hotel, grade C, used by the plan',
    );
    expect(mark(container, '.venue-marker-guesthouse.venue-mark-other')).not.toBeNull();
    const halls = mark(container, '.venue-cluster.venue-mark-plan')!;
    expect(halls).toHaveAttribute('aria-label', '2 venues here, 1 used by the plan; zoom in');
    expect(halls.querySelector('.venue-cluster-plan-count')).toHaveTextContent('1');
    // From zoom 9 to the zoom that shows the plan's two venues and no more: the tiles drawn are zoom 11's.
    await waitFor(() =>
      expect(container.querySelector('img.leaflet-tile')?.getAttribute('src')).toMatch(/example\.org\/11\//),
    );
    expect(screen.getByTestId('venue-map-legend')).toHaveTextContent('A venue the plan uses');
  });
});
