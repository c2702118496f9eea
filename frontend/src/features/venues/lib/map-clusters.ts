/** A place on the map: a venue with coordinates. */
export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
}

/** Points drawn as one mark at a zoom: a single venue, or a cluster of venues too close to tell apart. */
export interface Cluster<T extends MapPoint> {
  /** The id of the cluster's first member: stable while the same venues cluster together. */
  key: string;
  members: T[];
  /** The members' mean position, where the mark is drawn. */
  lat: number;
  lon: number;
}

/** The size of a Web Mercator tile, in pixels: Leaflet's world is 256 × 2^zoom pixels wide. */
const TILE = 256;

/** The highest zoom Leaflet's default CRS draws tiles at; past it no cluster splits any further. */
export const MAX_ZOOM = 18;

/**
 * Where a point lies on the Web Mercator plane at a zoom, in pixels from the world's top-left corner:
 * the projection Leaflet draws with (EPSG:3857), so distances here are distances on the screen.
 */
export function worldPixel(lat: number, lon: number, zoom: number): { x: number; y: number } {
  const size = TILE * 2 ** zoom;
  const sin = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  };
}

/**
 * The points grouped for a zoom: each group holds the points within `radius` screen pixels of its first
 * point, taken north to south (then west to east, then by id), so the same venues at the same zoom always
 * give the same clusters. A group of one is a single venue.
 */
export function clusterPoints<T extends MapPoint>(points: readonly T[], zoom: number, radius = 40): Cluster<T>[] {
  const placed = [...points]
    .sort((a, b) => b.lat - a.lat || a.lon - b.lon || a.id.localeCompare(b.id))
    .map((point) => ({ point, pixel: worldPixel(point.lat, point.lon, zoom), taken: false }));
  const clusters: Cluster<T>[] = [];
  for (const seed of placed) {
    if (seed.taken) continue;
    const members: T[] = [];
    for (const other of placed) {
      if (other.taken) continue;
      const dx = other.pixel.x - seed.pixel.x;
      const dy = other.pixel.y - seed.pixel.y;
      if (dx * dx + dy * dy <= radius * radius) {
        other.taken = true;
        members.push(other.point);
      }
    }
    clusters.push({
      key: seed.point.id,
      members,
      lat: members.reduce((sum, member) => sum + member.lat, 0) / members.length,
      lon: members.reduce((sum, member) => sum + member.lon, 0) / members.length,
    });
  }
  return clusters;
}

/**
 * The lowest zoom above `zoom` at which the members no longer form one cluster, or null when no zoom up
 * to the map's highest splits them (venues at the same address): such a cluster is listed, not zoomed.
 */
export function splittingZoom(
  members: readonly MapPoint[],
  zoom: number,
  radius = 40,
  maxZoom = MAX_ZOOM,
): number | null {
  for (let next = Math.floor(zoom) + 1; next <= maxZoom; next++) {
    if (clusterPoints(members, next, radius).length > 1) return next;
  }
  return null;
}

/** How many members have each grade, for the share of each grade's colour in a cluster's mark. */
export function gradeCounts<T extends { securityGrade: string }>(members: readonly T[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const member of members) counts.set(member.securityGrade, (counts.get(member.securityGrade) ?? 0) + 1);
  return counts;
}
