import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area, VenueSummary } from '@/types/api';

export interface VenueMapProps {
  venues: VenueSummary[];
  areas: Area[];
  name: (item: { nameEn: string; nameZh?: string | null }) => string;
  onOpen: (venueId: string) => void;
}

/**
 * The tile server, configured at build time (VITE_MAP_TILE_URL, for example
 * https://tile.openstreetmap.org/{z}/{x}/{y}.png, with VITE_MAP_ATTRIBUTION). Without one the map
 * draws its markers and areas on a blank background: these machines have no internet, and the
 * venues must still be found.
 */
const TILE_URL = import.meta.env.VITE_MAP_TILE_URL as string | undefined;
const TILE_ATTRIBUTION = (import.meta.env.VITE_MAP_ATTRIBUTION as string | undefined) ?? '';

/** Tiananmen Square: the middle of the city every catalogue venue is around. */
const BEIJING: L.LatLngTuple = [39.9042, 116.4074];

interface Drawn {
  venues: VenueSummary[];
  areas: Area[];
  name: VenueMapProps['name'];
  onOpen: VenueMapProps['onOpen'];
  t: (key: 'venues.area') => string;
}

/** The venues as circle markers and the areas as dashed circles, in place of what was drawn. */
function drawMarkers(group: L.LayerGroup, { venues, areas, name, onOpen, t }: Drawn): void {
  group.clearLayers();
  for (const area of areas) {
    if (area.lat == null || area.lon == null) continue; // listed, not drawn (docs/reference/roles.md)
    L.circle([area.lat, area.lon], { radius: 600, color: '#6b4f1d', dashArray: '4 4', weight: 2, fillOpacity: 0.08 })
      .bindTooltip(`${t('venues.area')}: ${name(area)}`)
      .addTo(group);
  }
  for (const venue of venues) {
    if (venue.lat == null || venue.lon == null) continue;
    L.circleMarker([venue.lat, venue.lon], {
      radius: 6,
      color: venue.incomplete ? '#8a6d00' : '#8c1c13',
      fillColor: venue.incomplete ? '#ffd666' : '#d4380d',
      fillOpacity: 0.85,
      weight: 1,
      className: `venue-marker venue-marker-${venue.id}`,
    })
      .bindTooltip(name(venue))
      .on('click', () => onOpen(venue.id))
      .addTo(group);
  }
}

/**
 * A Leaflet map with a marker per venue (circles drawn as SVG, so no marker images are needed)
 * and the areas, which have a point and no outline in the catalogue, as dashed circles.
 */
export function VenueMap({ venues, areas, name, onOpen }: VenueMapProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const latest = useRef({ name, onOpen, venues, areas, t });
  latest.current = { name, onOpen, venues, areas, t };

  useEffect(() => {
    const created = L.map(container.current!, { zoomControl: false, attributionControl: !!TILE_URL }).setView(BEIJING, 9);
    L.control.zoom({ zoomInTitle: t('venues.zoomIn'), zoomOutTitle: t('venues.zoomOut') }).addTo(created);
    if (TILE_URL) {
      L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 18 }).addTo(created);
    }
    layer.current = L.layerGroup().addTo(created);
    map.current = created;
    drawMarkers(layer.current, latest.current);
    return () => {
      created.remove();
      map.current = null;
    };
    // Made again when the language changes: the zoom buttons' titles are in it.
  }, [t]);

  useEffect(() => {
    if (layer.current) drawMarkers(layer.current, latest.current);
  }, [venues, areas, t]);

  return (
    <div>
      {!TILE_URL && <p className="venue-map-note">{t('venues.mapNoTiles')}</p>}
      <div ref={container} className="venue-map" role="region" aria-label={t('venues.map')} data-testid="venue-map" />
    </div>
  );
}
