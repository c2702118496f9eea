import * as L from 'leaflet';
import { type Cluster, gradeCounts } from './map-clusters';

/**
 * The colour of each security grade on the map and in its legend. Each carries white text (the
 * grade's letter on a marker) at a contrast of 4.5:1 or more, and the letter tells the grade apart
 * for those who do not tell the colours apart.
 */
export const GRADE_COLOURS: Readonly<Record<string, string>> = { A: '#a8071a', B: '#ad4e00', C: '#1d39c4' };

export const GRADES = Object.keys(GRADE_COLOURS);

const gradeColour = (grade: string) => GRADE_COLOURS[grade] ?? '#595959';

/** What a venue's mark needs to know. */
export interface MarkedVenue {
  id: string;
  lat: number;
  lon: number;
  securityGrade: string;
}

/** How a mark stands to the highlighted plan: of it, not of it, or there is no plan. */
export type PlanStanding = 'plan' | 'other' | 'none';

const standingClass = (standing: PlanStanding) =>
  standing === 'plan' ? ' venue-mark-plan' : standing === 'other' ? ' venue-mark-other' : '';

/** A venue's mark: a disc of its grade's colour with the grade's letter, ringed when it is the plan's. */
export function venueIcon(venue: MarkedVenue, standing: PlanStanding): L.DivIcon {
  const letter = document.createElement('span');
  letter.className = 'venue-mark-letter';
  letter.textContent = venue.securityGrade;
  letter.style.background = gradeColour(venue.securityGrade);
  letter.setAttribute('aria-hidden', 'true');
  return L.divIcon({
    html: letter,
    className: `venue-marker venue-marker-${venue.id} venue-grade-${venue.securityGrade}${standingClass(standing)}`,
    iconSize: [24, 24],
  });
}

/**
 * The conic gradient that gives each grade in a cluster its share of the ring, in grade order: a
 * cluster of six A and two C venues is three quarters red and a quarter blue.
 */
export function gradeRing(counts: ReadonlyMap<string, number>): string {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const stops: string[] = [];
  let from = 0;
  for (const grade of [...counts.keys()].sort()) {
    const to = from + (counts.get(grade)! / total) * 100;
    stops.push(`${gradeColour(grade)} ${from.toFixed(2)}% ${to.toFixed(2)}%`);
    from = to;
  }
  return `conic-gradient(${stops.join(', ')})`;
}

/**
 * A cluster's mark: the number of its venues on a ring of their grades' colours, larger the more it
 * holds, ringed and badged with the number of the plan's venues among them when there are any.
 */
export function clusterIcon(cluster: Cluster<MarkedVenue>, planCount: number, standing: PlanStanding): L.DivIcon {
  const size = Math.round(Math.min(52, 30 + 4 * Math.log2(cluster.members.length)));
  const ring = document.createElement('span');
  ring.className = 'venue-cluster-ring';
  ring.style.background = gradeRing(gradeCounts(cluster.members));
  ring.setAttribute('aria-hidden', 'true');
  const count = document.createElement('span');
  count.className = 'venue-cluster-count';
  count.textContent = String(cluster.members.length);
  ring.append(count);
  if (planCount > 0) {
    const badge = document.createElement('span');
    badge.className = 'venue-cluster-plan-count';
    badge.textContent = String(planCount);
    ring.append(badge);
  }
  return L.divIcon({
    html: ring,
    className: `venue-cluster venue-cluster-${cluster.key}${standingClass(planCount > 0 ? 'plan' : standing)}`,
    iconSize: [size, size],
  });
}
