import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Input, Pagination, Row, Segmented, Spin, Typography } from 'antd';
import { memo, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { errorMessage } from '@/lib/errors';
import type { Plan, Role } from '@/types/api';
import { useEngagements } from '@/api/get-engagements';
import { usePlan } from '@/api/get-plan';
import { usePlanBookings } from '../api/get-plan-bookings';
import { usePlanDocument } from '@/api/get-plan-document';
import { useScoreAnalysis } from '../api/get-score-analysis';
import { useSolution } from '../api/get-solution';
import { startScorePreview } from '../api/score-preview';
import { useUpdateAssignment } from '../api/update-assignment';
import { useSolveEvents } from '../api/use-solve-events';
import { ACTIVE_STATES, useSolveStatus } from '@/api/get-solve-status';
import {
  boardItems,
  bookingStates,
  delegationGroups,
  pageOfRow,
  spaceGroupId,
  spaceOfGroup,
  venueGroups,
  venuePages,
  venuesMatching,
  type BoardView,
} from '@/lib/board-rows';
import { canEditPlan, canPublishPlan } from '@/lib/plan-permissions';
import { snapToGrain, toInstant, toLocal, zoneOffsetMinutes } from '@/lib/plan-time';
import type { NameLookup } from '../lib/word-match';
import { EngagementDrawer, type PlaceContext } from './engagement-drawer';
import { ExplanationPanel } from './explanation-panel';
import { MovePreview, type MoveProposal } from './move-preview';
import { PlanTimeline, type TimelineMove } from '@/components/plan-timeline';
import { ScoreSummary } from './score-summary';
import { SolveControls } from './solve-controls';
import { TypeLegend } from './type-legend';
import { UnscheduledList } from './unscheduled-list';
import { MovedList } from './moved-list';
import { WeightsPanel } from './weights-panel';

type SidePanel = 'explanation' | 'unscheduled' | 'moved' | 'weights';

/**
 * Rows per page of the venue view. A page of whole venues keeps what the timeline draws small
 * (see venuePages); 60 rows fill about three screens of the board.
 */
const ROWS_PER_PAGE = 60;

export interface PlanBoardProps {
  planId: number;
  roles: readonly Role[];
  /** Catalogue names in the UI's language, by venue id (the plan's document names venues in English). */
  venueName?: (venueId: string) => string | undefined;
  /** What the page puts under the plan's name: links to its content, documents, scenario actions. */
  header?: (plan: Plan) => ReactNode;
}

// The board renders again on every pick-up and drop; these parts only when their own data changes
// (a 120-delegation plan's timeline and explanation cost hundreds of milliseconds to render).
const Timeline = memo(PlanTimeline);
const Explanation = memo(ExplanationPanel);
const Unscheduled = memo(UnscheduledList);
const Scores = memo(ScoreSummary);

/**
 * The plan board: the timeline of spaces (or delegations), the score and its explanation, the
 * unscheduled engagements, solving live, moves with a score preview, pins and weights.
 *
 * `data-board-ready="true"` is set once the timeline has drawn the plan and takes drags; the
 * speed script and the browser tests wait for it. Performance marks `board-data` and
 * `board-ready` time the step from the data's arrival to that point.
 */
export function PlanBoard({ planId, roles, venueName, header }: PlanBoardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const plan = usePlan(planId);
  const document = usePlanDocument(planId);
  const engagements = useEngagements(planId);
  const analysis = useScoreAnalysis(planId);
  const solution = useSolution(planId);
  const solveStatus = useSolveStatus(planId);
  const bookings = usePlanBookings(
    plan.data && (plan.data.kind === 'LIVE' ? planId : (plan.data.originPlanId ?? undefined)),
  );
  const move = useUpdateAssignment(planId);

  const [view, setView] = useState<BoardView>('venues');
  const [panel, setPanel] = useState<SidePanel>('explanation');
  const [highlighted, setHighlighted] = useState<string[]>([]);
  const [toggledVenues, setToggledVenues] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [venueQuery, setVenueQuery] = useState('');
  const [venuePage, setVenuePage] = useState(0);
  const [selected, setSelected] = useState<string>();
  const [proposal, setProposal] = useState<MoveProposal | null>(null);
  /** A move saved from the drawer, to show on its page of the board once the engagements reload. */
  const [moved, setMoved] = useState<{ eventId: string; spaceId: string } | null>(null);
  const [ready, setReady] = useState(false);
  const dataMarked = useRef(false);

  // When a solve ends, the engagements, the explanation and the KPIs are what it saved.
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['plans', planId] }), [client, planId]);
  useSolveEvents(planId, solveStatus.data, reload);
  const solving = !!solveStatus.data && ACTIVE_STATES.has(solveStatus.data.state);

  const offsetMinutes = useMemo(() => zoneOffsetMinutes(plan.data?.timeZone ?? 'Asia/Shanghai'), [plan.data?.timeZone]);
  const editable = !!plan.data && canEditPlan(plan.data, roles) && !solving;

  const spaces = useMemo(() => {
    const byId = new Map<string, { name: string; venueId: string }>();
    document.data?.venues.forEach((venue) =>
      venue.spaces.forEach((space) => byId.set(space.id, { name: space.name, venueId: venue.id })),
    );
    return byId;
  }, [document.data]);
  // Spaces in explanations read "Hall at Venue" in English and "场馆厅室" in Chinese, with the
  // catalogue's Chinese venue names.
  const names: NameLookup = useMemo(() => {
    const venueNames = new Map(document.data?.venues.map((venue) => [venue.id, venue.name]) ?? []);
    return {
      venue: venueName,
      space: (id: string) => {
        const space = spaces.get(id);
        if (!space) return undefined;
        const venue = venueName?.(space.venueId) ?? venueNames.get(space.venueId) ?? space.venueId;
        return t('board.spaceAtVenue', { space: space.name, venue });
      },
    };
  }, [venueName, spaces, document.data, t]);
  const delegationNames = useMemo(
    () => new Map(document.data?.delegations.map((delegation) => [delegation.id, delegation.name]) ?? []),
    [document.data],
  );

  // The rows follow the view, the venues in use and the venues opened or closed by hand, not
  // every move of an engagement.
  const venuesInUse = useMemo(
    () =>
      [
        ...new Set(
          engagements.data?.flatMap((e) => (e.assignment?.spaceId ? [spaces.get(e.assignment.spaceId)?.venueId] : [])),
        ),
      ]
        .sort()
        .join(' '),
    [engagements.data, spaces],
  );
  const allGroups = useMemo(() => {
    if (!document.data || !engagements.data) return [];
    return view === 'venues'
      ? venueGroups(
          document.data,
          engagements.data,
          { venue: (id, fallback) => venueName?.(id) ?? fallback },
          toggledVenues,
        )
      : delegationGroups(document.data);
  }, [view, document.data, venuesInUse, venueName, toggledVenues]);
  const englishVenueNames = useMemo(
    () => new Map(document.data?.venues.map((venue) => [venue.id, [venue.name]]) ?? []),
    [document.data],
  );
  const pages = useMemo(
    () =>
      view === 'venues'
        ? venuePages(
            venuesMatching(allGroups, venueQuery, (id) => englishVenueNames.get(id) ?? []),
            ROWS_PER_PAGE,
          )
        : [allGroups],
    [view, allGroups, venueQuery, englishVenueNames],
  );
  const page = Math.max(0, Math.min(venuePage, pages.length - 1));
  const groups = useMemo(() => pages[page] ?? [], [pages, page]);

  const toggleVenue = useCallback(
    (venueId: string) => {
      const open = allGroups.find((group) => group.venue?.id === venueId)?.venue?.open ?? false;
      setToggledVenues((current) => new Map(current).set(venueId, !open));
    },
    [allGroups],
  );

  /** Highlights an explanation's engagements, turning to the page of the venue view that shows the first. */
  const highlight = useCallback(
    (eventIds: string[]) => {
      setHighlighted(eventIds);
      const spaceId = engagements.data?.find((e) => e.id === eventIds[0])?.assignment?.spaceId;
      const shownOn = spaceId && view === 'venues' ? pageOfRow(pages, spaceGroupId(spaceId)) : -1;
      if (shownOn >= 0) setVenuePage(shownOn);
    },
    [engagements.data, view, pages],
  );

  const highlightSet = useMemo(() => new Set(highlighted), [highlighted]);
  const booked = useMemo(
    () => bookingStates(bookings.data ?? [], engagements.data ?? []),
    [bookings.data, engagements.data],
  );
  const items = useMemo(() => {
    if (!engagements.data || !plan.data) return [];
    const typeNames = new Map<string, string>();
    return boardItems(view, engagements.data, {
      offsetMinutes,
      grainMinutes: plan.data.grainMinutes,
      highlighted: highlightSet,
      editable,
      typeName: (type) => {
        // One translation per type rather than per engagement: 450 lookups took a tenth of a second.
        let name = typeNames.get(type);
        if (name === undefined) {
          name = t(`enums.eventType.${type}` as 'enums.eventType.PLENARY');
          typeNames.set(type, name);
        }
        return name;
      },
      bookings: booked,
      bookingName: (state) => t(state === 'CONFIRMED' ? 'board.confirmed' : 'board.requested'),
    });
  }, [view, engagements.data, plan.data, offsetMinutes, highlightSet, editable, booked, t]);

  const horizon = useMemo(
    () =>
      plan.data && {
        start: toInstant(plan.data.horizonStart, offsetMinutes),
        end: toInstant(plan.data.horizonEnd, offsetMinutes),
      },
    [plan.data, offsetMinutes],
  );

  const grainMinutes = plan.data?.grainMinutes;
  const snap = useCallback(
    (date: Date) => (horizon && grainMinutes ? snapToGrain(date, horizon.start, grainMinutes) : date),
    [horizon, grainMinutes],
  );

  const dataArrived = !!(plan.data && document.data && engagements.data && horizon);
  if (dataArrived && !dataMarked.current) {
    dataMarked.current = true;
    performance.mark('board-data');
  }

  const onDrawn = useCallback(() => {
    if (!ready) {
      performance.mark('board-ready');
      setReady(true);
    }
  }, [ready]);

  const onMove = useCallback(
    (drop: TimelineMove) => {
      const engagement = engagements.data?.find((e) => e.id === drop.eventId);
      const spaceId = spaceOfGroup(drop.group) ?? engagement?.assignment?.spaceId;
      if (!engagement || !spaceId || !plan.data || !horizon) return;
      const start = toLocal(snapToGrain(drop.start, horizon.start, plan.data.grainMinutes), offsetMinutes);
      startScorePreview(client, planId, { eventId: engagement.id, spaceId, start });
      setProposal({
        eventId: engagement.id,
        eventTitle: engagement.title,
        spaceId,
        spaceName: spaces.get(spaceId)?.name ?? spaceId,
        start,
        version: engagement.version,
      });
    },
    [engagements.data, plan.data, horizon, offsetMinutes, spaces, client, planId],
  );

  /** A place chosen in the drawer: previewed and saved as a drop is, whichever page shows its space. */
  const propose = useCallback(
    (chosen: MoveProposal) => {
      startScorePreview(client, planId, { eventId: chosen.eventId, spaceId: chosen.spaceId, start: chosen.start });
      setProposal(chosen);
    },
    [client, planId],
  );

  const placeContext: PlaceContext | undefined = useMemo(
    () =>
      plan.data &&
      document.data && {
        offsetMinutes,
        horizonStart: plan.data.horizonStart,
        horizonEnd: plan.data.horizonEnd,
        grainMinutes: plan.data.grainMinutes,
        venues: document.data.venues.map((venue) => ({
          id: venue.id,
          name: venueName?.(venue.id) ?? venue.name,
          spaces: venue.spaces.map((space) => ({ id: space.id, name: space.name })),
        })),
        names,
        venueName: (id: string, fallback: string) => venueName?.(id) ?? fallback,
      },
    [plan.data, document.data, offsetMinutes, venueName, names],
  );

  // Once the engagements show a move saved from the drawer, the board turns to the page of its
  // space (opening its venue) and highlights it.
  useEffect(() => {
    if (!moved || view !== 'venues') return;
    const engagement = engagements.data?.find((e) => e.id === moved.eventId);
    if (engagement?.assignment?.spaceId !== moved.spaceId) return;
    const venueId = spaces.get(moved.spaceId)?.venueId;
    const venueRow = allGroups.find((group) => group.venue?.id === venueId);
    if (venueId && venueRow && !venueRow.venue?.open) {
      setToggledVenues((current) => new Map(current).set(venueId, true));
      return;
    }
    const shownOn = pageOfRow(pages, spaceGroupId(moved.spaceId));
    if (shownOn >= 0) setVenuePage(shownOn);
    setHighlighted([moved.eventId]);
    setMoved(null);
  }, [moved, view, engagements.data, spaces, allGroups, pages]);

  const saveMove = () => {
    if (!proposal) return;
    move.mutate(
      { eventId: proposal.eventId, spaceId: proposal.spaceId, start: proposal.start, version: proposal.version },
      {
        onSuccess: () => {
          void message.success(t('board.saved'));
          if (selected === proposal.eventId) setMoved({ eventId: proposal.eventId, spaceId: proposal.spaceId });
          setProposal(null);
        },
        onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
      },
    );
  };

  const error = plan.error ?? document.error ?? engagements.error;
  if (error) {
    return <LoadError error={error} />;
  }
  if (!dataArrived || !plan.data || !document.data || !engagements.data || !horizon) {
    return <Loading />;
  }

  const score = solving ? solveStatus.data?.bestScore : (analysis.data?.score ?? solveStatus.data?.bestScore);
  const selectedEngagement = engagements.data.find((e) => e.id === selected);

  return (
    <div className="plan-board" data-board-ready={ready ? 'true' : 'false'} data-testid="plan-board">
      <Typography.Title level={1} className="page-title">
        {plan.data.name}{' '}
        <Typography.Text type="secondary" className="board-kind">
          {t(`enums.planKind.${plan.data.kind}`)}
        </Typography.Text>
      </Typography.Title>
      {header?.(plan.data)}
      <SolveControls
        planId={planId}
        status={solveStatus.data}
        canEdit={!!plan.data && canEditPlan(plan.data, roles)}
        canPublish={canPublishPlan(plan.data, roles)}
      />
      {solving && <Alert type="info" className="board-solving" title={t('board.solving')} />}
      <Scores score={score} kpis={solution.data?.kpis} />
      <Row gutter={16} className="board-main">
        <Col xs={24} xl={17}>
          <div className="board-toolbar">
            <Segmented<BoardView>
              value={view}
              onChange={setView}
              options={[
                { value: 'venues', label: t('board.byVenue') },
                { value: 'delegations', label: t('board.byDelegation') },
              ]}
            />
            {view === 'venues' && (
              <>
                <Input.Search
                  allowClear
                  className="board-venue-search"
                  placeholder={t('board.findVenue')}
                  aria-label={t('board.findVenue')}
                  onSearch={(query) => {
                    setVenueQuery(query);
                    setVenuePage(0);
                  }}
                />
                {pages.length > 1 && (
                  <Pagination
                    simple
                    size="small"
                    className="board-venue-pages"
                    current={page + 1}
                    pageSize={1}
                    total={pages.length}
                    onChange={(next) => setVenuePage(next - 1)}
                  />
                )}
              </>
            )}
            {highlighted.length > 0 && (
              <Typography.Link onClick={() => setHighlighted([])} className="board-clear-highlight">
                {t('board.highlighted', { count: highlighted.length })} · {t('board.clearHighlight')}
              </Typography.Link>
            )}
          </div>
          {view === 'venues' && pages.length === 0 && (
            <Typography.Paragraph type="secondary" className="board-no-venue">
              {t('board.noVenueFound')}
            </Typography.Paragraph>
          )}
          <Timeline
            groups={groups}
            items={items}
            horizon={horizon}
            offsetMinutes={offsetMinutes}
            snap={snap}
            onMove={onMove}
            onSelect={setSelected}
            onDrawn={onDrawn}
            focused={highlighted}
            onToggleVenue={toggleVenue}
            ariaLabel={t('board.title')}
          />
          <TypeLegend />
        </Col>
        <Col xs={24} xl={7}>
          <Segmented<SidePanel>
            block
            value={panel}
            onChange={setPanel}
            className="board-side-switch"
            options={[
              { value: 'explanation', label: t('board.explanation') },
              { value: 'unscheduled', label: `${t('board.unscheduled')} (${analysis.data?.unscheduled.length ?? 0})` },
              { value: 'moved', label: `${t('board.moved')} (${solveStatus.data?.moved?.length ?? 0})` },
              { value: 'weights', label: t('board.weights') },
            ]}
          />
          <section className="board-side-panel" aria-label={t(`board.${panel}`)} tabIndex={0}>
            {panel === 'explanation' &&
              (analysis.data ? (
                <Explanation constraints={analysis.data.constraints} names={names} onHighlight={highlight} />
              ) : (
                <Spin />
              ))}
            {panel === 'unscheduled' && (
              <Unscheduled unscheduled={analysis.data?.unscheduled ?? []} onSelect={setSelected} />
            )}
            {panel === 'moved' && (
              <MovedList
                moved={solveStatus.data?.moved ?? []}
                spaceName={(id) => spaces.get(id)?.name ?? id}
                onSelect={setSelected}
              />
            )}
            {panel === 'weights' && <WeightsPanel planId={planId} canEdit={editable} />}
          </section>
        </Col>
      </Row>
      <MovePreview
        planId={planId}
        proposal={proposal}
        saving={move.isPending}
        names={names}
        onSave={saveMove}
        onCancel={() => setProposal(null)}
      />
      <EngagementDrawer
        planId={planId}
        engagement={selectedEngagement}
        spaceName={(id) => spaces.get(id)?.name ?? id}
        delegationName={(id) => delegationNames.get(id) ?? id}
        canEdit={editable}
        booking={selected ? booked.get(selected) : undefined}
        places={placeContext!}
        onPropose={propose}
        onClose={() => setSelected(undefined)}
      />
    </div>
  );
}
