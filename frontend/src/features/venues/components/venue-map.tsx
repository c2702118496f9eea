import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { textElement } from '@/lib/text-element';
import { useLatest } from '@/lib/use-latest';
import type { Area, VenueSummary } from '@/types/api';
import { useMapTiles } from '../api/get-map-tiles';

export interface VenueMapProps {
  venues: VenueSummary[];
  areas: Area[];
  name: (item: { nameEn: string; nameZh?: string | null }) => string;
  onOpen: (venueId: string) => void;
}

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
      .bindTooltip(textElement(`${t('venues.area')}: ${name(area)}`))
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
      .bindTooltip(textElement(name(venue)))
      .on('click', () => onOpen(venue.id))
      .addTo(group);
  }
}

/**
 * A Leaflet map with a marker per venue (circles drawn as SVG, so no marker images are needed)
 * and the areas, which have a point and no outline in the catalogue, as dashed circles, on the
 * tiles of the server the operator configured. Without one (or while the setting cannot be read)
 * the markers are drawn on a blank background: these machines have no internet, and the venues
 * must still be found.
 */
export function VenueMap({ venues, areas, name, onOpen }: VenueMapProps) {
  const { t } = useTranslation();
  const tiles = useMapTiles();
  const settled = !tiles.isPending;
  const tileUrl = tiles.data?.tileUrl ?? undefined;
  const attribution = tiles.data?.attribution ?? '';
  const container = useRef<HTMLDivElement>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const latest = useLatest({ name, onOpen, venues, areas, t });

  useEffect(() => {
    if (!settled) return undefined;
    const created = L.map(container.current!, { zoomControl: false, attributionControl: !!tileUrl }).setView(
      BEIJING,
      9,
    );
    L.control.zoom({ zoomInTitle: t('venues.zoomIn'), zoomOutTitle: t('venues.zoomOut') }).addTo(created);
    if (tileUrl) {
      // The attribution is the operator's HTML (a link to the tile server's terms), as Leaflet shows it.
      L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(created);
    }
    layer.current = L.layerGroup().addTo(created);
    drawMarkers(layer.current, latest.current);
    return () => {
      created.remove();
      layer.current = null;
    };
    // Made again when the language changes: the zoom buttons' titles are in it.
  }, [t, settled, tileUrl, attribution, latest]);

  useEffect(() => {
    if (layer.current) drawMarkers(layer.current, latest.current);
  }, [venues, areas, t, latest]);

  return (
    <div>
      {settled && !tileUrl && <p className="venue-map-note">{t('venues.mapNoTiles')}</p>}
      <div ref={container} className="venue-map" role="region" aria-label={t('venues.map')} data-testid="venue-map" />
    </div>
  );
}
