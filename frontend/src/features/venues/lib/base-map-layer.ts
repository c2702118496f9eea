import * as L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';

/** How each kind of feature of the base map is drawn; over a tile server's map, only the outlines. */
const STYLES: Record<string, L.PathOptions> = {
  neighbour: { color: '#a6a6a6', weight: 1, fillColor: '#f2f2f2', fillOpacity: 1 },
  municipality: { color: '#7a5c2e', weight: 2, fillColor: '#fbf6ec', fillOpacity: 1 },
  lake: { stroke: false, fillColor: '#a9c8e3', fillOpacity: 1 },
  river: { color: '#86aed1', weight: 1.2, fill: false },
};

const kind = (feature?: Feature) => String(feature?.properties?.kind ?? '');

/**
 * The base map as a layer under the venues: Beijing Municipality on its neighbours, with rivers and
 * lakes. It takes no clicks and no focus; the attribution its licence asks for goes with it.
 */
export function baseMapLayer(data: FeatureCollection, attribution: string, overTiles: boolean): L.GeoJSON {
  return L.geoJSON(data, {
    interactive: false,
    attribution,
    filter: (feature) => !overTiles || kind(feature) === 'municipality',
    style: (feature) => {
      const style = STYLES[kind(feature)] ?? {};
      return overTiles ? { ...style, fill: false } : style;
    },
  });
}
