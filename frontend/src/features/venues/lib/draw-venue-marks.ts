import * as L from 'leaflet';
import { textElement } from '@/lib/text-element';
import { type Cluster, clusterPoints, MAX_ZOOM, splittingZoom } from './map-clusters';
import { clusterIcon, type MarkedVenue, type PlanStanding, venueIcon } from './venue-marks';

/** The texts a mark is read out and hovered with, in the UI's language. */
export interface MarkTexts {
  venue: (name: string, grade: string, ofPlan: boolean) => string;
  cluster: (count: number, planCount: number) => string;
  clusterList: (count: number) => string;
  listTitle: string;
}

export interface MarksInput<T extends MarkedVenue> {
  venues: T[];
  /** The highlighted plan's venues, or null when no plan is highlighted. */
  planVenueIds: ReadonlySet<string> | null;
  name: (venue: T) => string;
  onOpen: (venueId: string) => void;
  texts: MarkTexts;
}

/**
 * A mark that acts as a button: Leaflet makes it focusable with the role of a button (its `keyboard`
 * option) and this names it and has Enter and Space do what a click does.
 */
function actAsButton(marker: L.Marker, label: string, act: () => void): void {
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('aria-label', label);
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      act();
    });
  });
  marker.on('click', act);
}

/** The list of a cluster that no zoom splits (venues at one address), each a link to its venue. */
function memberList<T extends MarkedVenue>(cluster: Cluster<T>, input: MarksInput<T>): HTMLElement {
  const list = document.createElement('div');
  list.className = 'venue-cluster-list';
  const title = document.createElement('p');
  title.textContent = input.texts.listTitle;
  const items = document.createElement('ul');
  for (const member of cluster.members) {
    const link = document.createElement('a');
    link.href = `/venues/${encodeURIComponent(member.id)}`;
    link.textContent = input.name(member);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.onOpen(member.id);
    });
    const item = document.createElement('li');
    item.append(link);
    items.append(item);
  }
  list.append(title, items);
  return list;
}

function standing(ids: ReadonlySet<string> | null, id: string): PlanStanding {
  return ids === null ? 'none' : ids.has(id) ? 'plan' : 'other';
}

/**
 * The venues with coordinates clustered for the map's zoom, in place of what was drawn: a venue alone
 * opens its page; a cluster zooms in until it splits, or lists its venues when no zoom would.
 */
export function drawVenueMarks<T extends MarkedVenue>(group: L.LayerGroup, map: L.Map, input: MarksInput<T>): void {
  group.clearLayers();
  const { planVenueIds, texts } = input;
  for (const cluster of clusterPoints(input.venues, map.getZoom())) {
    const [venue] = cluster.members;
    if (venue && cluster.members.length === 1) {
      const ofPlan = planVenueIds?.has(venue.id) ?? false;
      const label = texts.venue(input.name(venue), venue.securityGrade, ofPlan);
      const marker = L.marker([venue.lat, venue.lon], {
        icon: venueIcon(venue, standing(planVenueIds, venue.id)),
        zIndexOffset: ofPlan ? 1000 : 0,
      }).bindTooltip(textElement(label));
      actAsButton(marker, label, () => input.onOpen(venue.id));
      marker.addTo(group);
      continue;
    }
    const planCount = planVenueIds ? cluster.members.filter((venue) => planVenueIds.has(venue.id)).length : 0;
    const zoom = splittingZoom(cluster.members, map.getZoom(), undefined, Math.min(map.getMaxZoom(), MAX_ZOOM));
    const label =
      zoom === null ? texts.clusterList(cluster.members.length) : texts.cluster(cluster.members.length, planCount);
    const marker = L.marker([cluster.lat, cluster.lon], {
      icon: clusterIcon(cluster, planCount, planVenueIds ? 'other' : 'none'),
      zIndexOffset: planCount > 0 ? 1000 : 0,
    }).bindTooltip(textElement(label));
    actAsButton(marker, label, () => {
      if (zoom !== null) {
        map.setView([cluster.lat, cluster.lon], zoom);
        return;
      }
      const list = memberList(cluster, input);
      L.popup().setLatLng([cluster.lat, cluster.lon]).setContent(list).openOn(map);
      list.querySelector('a')?.focus();
    });
    marker.addTo(group);
  }
}
