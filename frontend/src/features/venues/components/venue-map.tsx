import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { textElement } from '@/lib/text-element';
import { useLatest } from '@/lib/use-latest';
import type { Area, VenueSummary } from '@/types/api';
import { useBaseMap } from '../api/get-base-map';
import { useMapTiles } from '../api/get-map-tiles';
import { baseMapLayer } from '../lib/base-map-layer';
import { drawVenueMarks, type MarkTexts } from '../lib/draw-venue-marks';
import { MAX_ZOOM } from '../lib/map-clusters';
import { VenueMapLegend } from './venue-map-legend';

/** The plan whose venues the map highlights: those its engagements are placed at. */
export interface HighlightedPlan {
  id: number;
  venueIds: ReadonlySet<string>;
}

export interface VenueMapProps {
  venues: VenueSummary[];
  areas: Area[];
  name: (item: { nameEn: string; nameZh?: string | null }) => string;
  onOpen: (venueId: string) => void;
  plan: HighlightedPlan | null;
}

/** Where the base map comes from and under which licence (docs/decisions/0136-venue-map-base.md). */
const BASE_MAP_SOURCES = { outlines: 'DCW-GMT', water: 'GSHHG', licence: 'LGPL-3.0-or-later' };

/** Tiananmen Square: the middle of the city every catalogue venue is around. */
const BEIJING: L.LatLngTuple = [39.9042, 116.4074];

type Located = VenueSummary & { lat: number; lon: number };
const located = (venue: VenueSummary): venue is Located => venue.lat != null && venue.lon != null;

interface Drawn {
  venues: Located[];
  areas: Area[];
  name: VenueMapProps['name'];
  onOpen: VenueMapProps['onOpen'];
  plan: HighlightedPlan | null;
  texts: MarkTexts;
  areaLabel: string;
}

/** The areas, which have a point and no outline in the catalogue, as dashed circles. */
function drawAreas(group: L.LayerGroup, { areas, name, areaLabel }: Drawn): void {
  group.clearLayers();
  for (const area of areas) {
    if (area.lat == null || area.lon == null) continue; // listed, not drawn (docs/reference/roles.md)
    L.circle([area.lat, area.lon], { radius: 600, color: '#6b4f1d', dashArray: '4 4', weight: 2, fillOpacity: 0.08 })
      .bindTooltip(textElement(`${areaLabel}: ${name(area)}`))
      .addTo(group);
  }
}

interface Layers {
  map: L.Map;
  areas: L.LayerGroup;
  marks: L.LayerGroup;
}

function redraw(layers: Layers, drawn: Drawn): void {
  drawAreas(layers.areas, drawn);
  drawVenueMarks(layers.marks, layers.map, {
    venues: drawn.venues,
    planVenueIds: drawn.plan?.venueIds ?? null,
    name: drawn.name,
    onOpen: drawn.onOpen,
    texts: drawn.texts,
  });
}

/**
 * A Leaflet map of the venues, clustered by how close they are at the zoom shown and coloured by
 * security grade, with the venues of a highlighted plan ringed and the others faded. It is drawn on
 * the outline of Beijing that ships with the application and, when the operator configured one, on
 * their tile server's map. Every mark is a button: a venue opens its page, a cluster zooms in until
 * it splits or lists venues no zoom tells apart.
 */
export function VenueMap({ venues, areas, name, onOpen, plan }: VenueMapProps) {
  const { t } = useTranslation();
  const tiles = useMapTiles();
  const base = useBaseMap();
  const settled = !tiles.isPending;
  const tileUrl = tiles.data?.tileUrl ?? undefined;
  const attribution = tiles.data?.attribution ?? '';
  const container = useRef<HTMLDivElement>(null);
  const layers = useRef<Layers | null>(null);
  const fittedPlan = useRef<number | null>(null);
  const shown = useMemo(() => venues.filter(located), [venues]);
  const texts = useMemo<MarkTexts>(
    () => ({
      venue: (venueName, grade, ofPlan) =>
        t(ofPlan ? 'venueMap.venueOfPlanLabel' : 'venueMap.venueLabel', { name: venueName, grade }),
      cluster: (count, planCount) =>
        planCount > 0 ? t('venueMap.clusterOfPlanLabel', { count, planCount }) : t('venueMap.clusterLabel', { count }),
      clusterList: (count) => t('venueMap.clusterListLabel', { count }),
      listTitle: t('venueMap.clusterList'),
    }),
    [t],
  );
  const latest = useLatest<Drawn>({ venues: shown, areas, name, onOpen, plan, texts, areaLabel: t('venues.area') });

  useEffect(() => {
    if (!settled) return undefined;
    const map = L.map(container.current!, { zoomControl: false, maxZoom: MAX_ZOOM }).setView(BEIJING, 9);
    map.attributionControl.setPrefix(false);
    L.control.zoom({ zoomInTitle: t('venues.zoomIn'), zoomOutTitle: t('venues.zoomOut') }).addTo(map);
    if (base.data) baseMapLayer(base.data, t('venueMap.attribution', BASE_MAP_SOURCES), !!tileUrl).addTo(map);
    if (tileUrl) {
      // The attribution is the operator's HTML (a link to the tile server's terms), as Leaflet shows it.
      L.tileLayer(tileUrl, { attribution, maxZoom: MAX_ZOOM }).addTo(map);
    }
    const drawnLayers = { map, areas: L.layerGroup().addTo(map), marks: L.layerGroup().addTo(map) };
    layers.current = drawnLayers;
    fittedPlan.current = null;
    map.on('zoomend', () => redraw(drawnLayers, latest.current));
    redraw(drawnLayers, latest.current);
    return () => {
      map.remove();
      layers.current = null;
    };
    // Made again when the language changes: the zoom buttons' titles and the attribution are in it.
  }, [t, settled, tileUrl, attribution, base.data, latest]);

  useEffect(() => {
    if (layers.current) redraw(layers.current, latest.current);
  }, [shown, areas, plan, texts, latest]);

  // A newly highlighted plan is brought into view once, when its venues are known.
  useEffect(() => {
    const map = layers.current?.map;
    if (!map || !plan || fittedPlan.current === plan.id) return;
    const ofPlan = shown.filter((venue) => plan.venueIds.has(venue.id));
    if (ofPlan.length === 0) return;
    fittedPlan.current = plan.id;
    map.fitBounds(L.latLngBounds(ofPlan.map((venue) => [venue.lat, venue.lon])), { padding: [40, 40], maxZoom: 13 });
  }, [plan, shown, settled, base.data]);

  return (
    <div className="venue-map-block">
      {settled && !tileUrl && <p className="venue-map-note">{t('venueMap.noTiles')}</p>}
      <div ref={container} className="venue-map" role="region" aria-label={t('venues.map')} data-testid="venue-map" />
      <VenueMapLegend planShown={plan !== null} />
    </div>
  );
}
