import { describe, expect, it } from 'vitest';
import { clusterPoints, gradeCounts, splittingZoom, worldPixel } from './map-clusters';

/** Two halls of one compound, about 300 m apart, and a venue across the city. */
const HALL_EAST = { id: 'hall-east', lat: 39.9042, lon: 116.4074 };
const HALL_WEST = { id: 'hall-west', lat: 39.9042, lon: 116.4039 };
const AIRPORT = { id: 'airport', lat: 40.0799, lon: 116.6031 };

describe('the Web Mercator projection', () => {
  it('puts the meridian and the equator in the middle of the world, which doubles with each zoom', () => {
    expect(worldPixel(0, 0, 0)).toEqual({ x: 128, y: 128 });
    expect(worldPixel(0, 0, 3)).toEqual({ x: 1024, y: 1024 });
    expect(worldPixel(0, 180, 0).x).toBe(256);
  });

  it('places Beijing where Leaflet draws it (north is up, so a higher latitude is a smaller y)', () => {
    const tiananmen = worldPixel(39.9042, 116.4074, 10);
    expect(tiananmen.x).toBeCloseTo(215_837.3, 0);
    expect(tiananmen.y).toBeCloseTo(99_333.3, 0);
    expect(worldPixel(40.0799, 116.4074, 10).y).toBeLessThan(tiananmen.y);
  });
});

describe('clustering the venues for a zoom', () => {
  it('draws the city as one cluster from afar and every venue on its own up close', () => {
    const far = clusterPoints([HALL_EAST, HALL_WEST, AIRPORT], 6);
    expect(far).toHaveLength(1);
    expect(far[0]!.members.map((venue) => venue.id).sort()).toEqual(['airport', 'hall-east', 'hall-west']);

    const city = clusterPoints([HALL_EAST, HALL_WEST, AIRPORT], 11);
    expect(city.map((cluster) => cluster.members.map((venue) => venue.id).sort())).toEqual([
      ['airport'],
      ['hall-east', 'hall-west'],
    ]);

    expect(clusterPoints([HALL_EAST, HALL_WEST, AIRPORT], 16)).toHaveLength(3);
  });

  it('draws a cluster at its members’ mean position', () => {
    const [halls] = clusterPoints([HALL_EAST, HALL_WEST], 11);
    expect(halls!.lat).toBeCloseTo(39.9042, 6);
    expect(halls!.lon).toBeCloseTo((116.4074 + 116.4039) / 2, 6);
  });

  it('gives the same clusters whatever order the venues come in', () => {
    const keys = (points: (typeof HALL_EAST)[]) => clusterPoints(points, 11).map((cluster) => cluster.key);
    expect(keys([AIRPORT, HALL_WEST, HALL_EAST])).toEqual(keys([HALL_EAST, HALL_WEST, AIRPORT]));
  });

  it('has nothing to draw for no venues', () => {
    expect(clusterPoints([], 10)).toEqual([]);
  });
});

describe('the zoom that splits a cluster', () => {
  it('is the first zoom at which the members fall apart', () => {
    const zoom = splittingZoom([HALL_EAST, HALL_WEST], 11)!;
    expect(clusterPoints([HALL_EAST, HALL_WEST], zoom - 1)).toHaveLength(1);
    expect(clusterPoints([HALL_EAST, HALL_WEST], zoom)).toHaveLength(2);
  });

  it('is none for venues at the same address, which no zoom tells apart', () => {
    expect(splittingZoom([HALL_EAST, { ...HALL_EAST, id: 'hall-east-annex' }], 11)).toBeNull();
  });
});

describe('the grades in a cluster', () => {
  it('counts the members of each grade', () => {
    const counts = gradeCounts([{ securityGrade: 'A' }, { securityGrade: 'C' }, { securityGrade: 'A' }]);
    expect(Object.fromEntries(counts)).toEqual({ A: 2, C: 1 });
  });
});
