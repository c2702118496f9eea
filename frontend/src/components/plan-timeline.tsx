import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useEffect, useRef } from 'react';
import { DataSet, moment, Timeline, type TimelineOptions } from 'vis-timeline/standalone';
import {
  engagementToOpen,
  initialWindow,
  itemLabel,
  itemTooltip,
  LABELS,
  onRows,
  signature,
  toTimelineGroup,
  type TimelineGroup,
} from '@/lib/timeline-content';
import type { TimeRange } from '@/lib/timeline-zoom';
import { currentLanguage } from '@/lib/i18n';
import { timelineLocale } from '@/lib/timeline-locale';
import { useLatest } from '@/lib/use-latest';
import type { BoardGroup, BoardItem } from '@/lib/board-rows';

/** A drop of an engagement on another row or time, before anything is saved. */
export interface TimelineMove {
  eventId: string;
  group: string;
  start: Date;
}

export interface PlanTimelineProps {
  groups: BoardGroup[];
  items: BoardItem[];
  /** The plan's horizon: the timeline cannot scroll beyond it. */
  horizon: { start: Date; end: Date };
  /** The plan's zone offset: the axis reads in plan time (Beijing time for the demo). */
  offsetMinutes: number;
  snap: (date: Date) => Date;
  onMove: (move: TimelineMove) => void;
  onSelect: (eventId: string | undefined) => void;
  /** Called after the timeline has drawn the current items, from its first complete drawing on. */
  onDrawn: () => void;
  /** Items to select and scroll to (the engagements of an explanation the person clicked). */
  focused: string[];
  /** A venue's row was clicked open or closed. */
  onToggleVenue: (venueId: string) => void;
  /** A range to show, asked for by a zoom or view button: a new object for each press. */
  range?: TimeRange;
  /** The range shown, once drawn and after each zoom, scroll or button. */
  onRangeChange?: (range: TimeRange) => void;
  ariaLabel: string;
}

/**
 * vis-timeline (the timeline the OptaPlanner and Timefold examples use) behind a small React
 * surface. The timeline is made once; groups and items are swapped in place when they change,
 * so that scrolling, zoom and collapsed venues survive a reload of the engagements.
 */
export function PlanTimeline(props: PlanTimelineProps) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const itemSet = useRef(new DataSet<BoardItem, 'id'>());
  const groupSet = useRef(new DataSet<TimelineGroup, 'id'>());
  const drawnGroups = useRef(new Map<string, string>());
  const shown = useRef(false);
  // Callbacks change with every render of the board; the timeline keeps calling the latest.
  const latest = useLatest(props);

  useEffect(() => {
    let initiallyDrawn = false;
    const { horizon, offsetMinutes } = latest.current;
    const offset = `${offsetMinutes >= 0 ? '+' : '-'}${String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')}:${String(Math.abs(offsetMinutes) % 60).padStart(2, '0')}`;
    const { locale, locales, momentLocale } = timelineLocale(currentLanguage());
    const options: TimelineOptions = {
      locale,
      locales,
      orientation: 'top',
      stack: true,
      verticalScroll: true,
      // As high as the screen, less the board's toolbar and the app's header: scrolled to the
      // toolbar, the time axis and the rows under it are all in view, and the rows scroll under
      // the axis.
      maxHeight: 'max(360px, calc(100vh - 150px))',
      zoomKey: 'ctrlKey',
      min: horizon.start,
      max: horizon.end,
      ...initialWindow(latest.current.items, horizon),
      zoomMin: 60 * 60_000,
      zoomMax: horizon.end.getTime() - horizon.start.getTime(),
      moment: (date: moment.MomentInput) => moment(date).utcOffset(offset).locale(momentLocale),
      format: LABELS,
      groupOrder: 'order', // venues in use first, as board-rows orders them
      editable: { add: false, remove: false, updateTime: true, updateGroup: true, overrideItems: false },
      // An engagement is picked up by dragging it, as in any planning board; by default
      // vis-timeline drags only an item that a first click has selected.
      itemsAlwaysDraggable: { item: true, range: true },
      snap: (date: Date) => latest.current.snap(date),
      onMove: (item, callback) => {
        // The board asks for the score preview first; putting the item back redraws the timeline.
        const moved = item as unknown as BoardItem;
        latest.current.onMove({ eventId: moved.eventId, group: String(moved.group), start: new Date(moved.start) });
        callback(null); // nothing moves until the person has seen the preview and saved
      },
      // The tooltip's popup takes an element as well as a string, whatever vis-timeline's types say.
      tooltip: {
        followMouse: false,
        overflowMethod: 'flip',
        template: itemTooltip as unknown as (item: unknown) => string,
      },
      template: itemLabel,
      // Until its first complete drawing the timeline lies under a loading screen that swallows a
      // drag: the board is drawn (and ready for one) only from then on.
      onInitialDrawComplete: () => {
        initiallyDrawn = true;
        latest.current.onDrawn();
      },
    };
    // Fresh data sets for each timeline: a destroyed timeline leaves its sets unusable for the
    // next one (React mounts twice in development).
    groupSet.current = new DataSet<TimelineGroup, 'id'>(latest.current.groups.map(toTimelineGroup));
    drawnGroups.current = new Map(latest.current.groups.map((group) => [group.id, signature(group)]));
    itemSet.current = new DataSet<BoardItem, 'id'>(onRows(latest.current.items, latest.current.groups));
    shown.current = latest.current.items.length > 0;
    const created = new Timeline(container.current!, itemSet.current, groupSet.current, options);
    created.on('select', ({ items }: { items: string[] }) => {
      const first = items[0];
      latest.current.onSelect(first ? itemSet.current.get(first)?.eventId : undefined);
    });
    created.on('rangechanged', ({ start, end }: { start: Date; end: Date }) => {
      latest.current.onRangeChange?.({ start: new Date(start), end: new Date(end) });
    });
    created.on('changed', () => {
      if (initiallyDrawn) latest.current.onDrawn();
    });
    const toggle = (event: MouseEvent) => {
      const venue = (event.target as HTMLElement).closest<HTMLElement>('button[data-venue]')?.dataset.venue;
      if (venue) latest.current.onToggleVenue(venue);
    };
    container.current!.addEventListener('click', toggle);
    const openByKey = (event: KeyboardEvent) => {
      const eventId = engagementToOpen(event);
      if (!eventId) return;
      event.preventDefault();
      latest.current.onSelect(eventId);
    };
    container.current!.addEventListener('keydown', openByKey);
    // The rows' labels and the items scroll; keyboard users must be able to reach them to scroll.
    container.current!.querySelectorAll('.vis-panel.vis-left, .vis-panel.vis-center').forEach((panel) => {
      panel.setAttribute('tabindex', '0');
    });
    timeline.current = created;
    latest.current.onRangeChange?.(created.getWindow());
    const element = container.current!;
    return () => {
      element.removeEventListener('click', toggle);
      element.removeEventListener('keydown', openByKey);
      created.destroy();
      timeline.current = null;
    };
  }, [latest]);

  useEffect(() => {
    // Updated in place, and only the rows that changed: clearing the rows would detach the
    // items drawn on them, and each row handed over costs the timeline a measurement.
    const next = new Set(props.groups.map((group) => group.id));
    const gone = [...drawnGroups.current.keys()].filter((id) => !next.has(id));
    groupSet.current.remove(gone);
    gone.forEach((id) => drawnGroups.current.delete(id));
    const changed = props.groups.filter((group) => drawnGroups.current.get(group.id) !== signature(group));
    changed.forEach((group) => drawnGroups.current.set(group.id, signature(group)));
    groupSet.current.update(changed.map(toTimelineGroup));
  }, [props.groups]);

  useEffect(() => {
    const shownItems = onRows(props.items, props.groups);
    const next = new Set(shownItems.map((item) => item.id));
    itemSet.current.remove(itemSet.current.getIds().filter((id: string | number) => !next.has(String(id))));
    itemSet.current.update(shownItems);
    // The first engagements to appear after opening (a first solve) bring their busiest day into view.
    if (!shown.current && props.items.length > 0) {
      shown.current = true;
      const { start, end } = initialWindow(props.items, latest.current.horizon);
      timeline.current?.setWindow(start, end, { animation: false });
    }
  }, [props.items, props.groups, latest]);

  useEffect(() => {
    if (props.range) timeline.current?.setWindow(props.range.start, props.range.end, { animation: false });
  }, [props.range]);

  useEffect(() => {
    const present = props.focused.filter((id) => itemSet.current.get(id));
    if (present.length > 0) {
      timeline.current?.setSelection(present);
      // Centred at the zoom the person chose: vis-timeline otherwise zooms in until the engagements
      // fill the window (an hour for one engagement), and the rest of the day goes out of sight.
      timeline.current?.focus(present, { zoom: false, animation: false });
      // The explanation may lie under the timeline (on screens narrower than 1600 px): its
      // engagements are shown where the person can see them.
      const top = container.current?.getBoundingClientRect().top ?? 0;
      if (top < 0 || top > window.innerHeight / 2) container.current?.scrollIntoView({ block: 'start' });
    }
  }, [props.focused]);

  return <div ref={container} className="plan-timeline" role="region" aria-label={props.ariaLabel} />;
}
