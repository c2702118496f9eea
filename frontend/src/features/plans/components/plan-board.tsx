import { Alert, Col, Row, Typography } from 'antd';
import { memo, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanTimeline } from '@/components/plan-timeline';
import { LoadError, Loading } from '@/components/query-state';
import { boardItems, type BoardView } from '@/lib/board-rows';
import { allows } from '@/lib/allowed-actions';
import type { Plan } from '@/types/api';
import { type BoardData, useBoardData } from '../hooks/use-board-data';
import { useBoardMove } from '../hooks/use-board-move';
import { useBoardReady } from '../hooks/use-board-ready';
import { useBoardRows } from '../hooks/use-board-rows';
import { useUndoShortcut } from '../hooks/use-undo-shortcut';
import { BoardSidePanel } from './board-side-panel';
import { BoardToolbar } from './board-toolbar';
import { EngagementDrawer } from './engagement-drawer';
import { MovePreview } from './move-preview';
import { SetbackBanner } from './setback-banner';
import { ScoreSummary } from './score-summary';
import { SolveControls } from './solve-controls';
import { TypeLegend } from './type-legend';

export interface PlanBoardProps {
  planId: number;
  /** Catalogue names in the UI's language, by venue id (the plan's document names venues in English). */
  venueName?: (venueId: string) => string | undefined;
  /** What the page puts under the plan's name: links to its content, documents, scenario actions. */
  header?: (plan: Plan) => ReactNode;
}

// The board renders again on every pick-up and drop; these parts only when their own data changes
// (a 120-delegation plan's timeline costs hundreds of milliseconds to render).
const Timeline = memo(PlanTimeline);
const Scores = memo(ScoreSummary);

/**
 * The plan board: the timeline of spaces (or delegations), the score and its explanation, the
 * unscheduled engagements, solving live, moves with a score preview, pins and weights.
 *
 * `data-board-ready="true"` is set once the timeline has drawn the plan and takes drags; the
 * speed script and the browser tests wait for it. Performance marks `board-data` and
 * `board-ready` time the step from the data's arrival to that point.
 */
export function PlanBoard({ planId, venueName, header }: PlanBoardProps) {
  const { t } = useTranslation();
  const data = useBoardData(planId, venueName);
  const { plan, document, engagements, analysis, solution, solveStatus, solving, horizon } = data;
  const rows = useBoardRows(data, venueName);
  const [selected, setSelected] = useState<string>();
  const move = useBoardMove(planId, data, (saved) => {
    if (selected === saved.eventId) rows.showMoved({ eventId: saved.eventId, spaceId: saved.spaceId });
  });
  const dataArrived = !!(plan.data && document.data && engagements.data && horizon);
  const { ready, onDrawn } = useBoardReady(dataArrived);
  const items = useBoardItems(data, rows.view, rows.highlighted);
  useUndoShortcut(planId, !!plan.data && allows(plan.data, 'edit'));

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
      <SetbackBanner plan={plan.data} bookings={data.booked} onHighlight={rows.highlight} />
      <SolveControls
        planId={planId}
        status={solveStatus.data}
        canEdit={allows(plan.data, 'solve')}
        canPublish={allows(plan.data, 'publish')}
      />
      {solving && <Alert type="info" className="board-solving" title={t('board.solving')} />}
      <Scores score={score} kpis={solution.data?.kpis} />
      <Row gutter={16} className="board-main">
        <Col xs={24} xl={17}>
          <BoardToolbar plan={plan.data} rows={rows} />
          <Timeline
            groups={rows.groups}
            items={items}
            horizon={horizon}
            offsetMinutes={data.offsetMinutes}
            snap={move.snap}
            onMove={move.onDrop}
            onSelect={setSelected}
            onDrawn={onDrawn}
            focused={rows.highlighted}
            onToggleVenue={rows.toggleVenue}
            ariaLabel={t('board.title')}
          />
          <TypeLegend />
        </Col>
        <Col xs={24} xl={7}>
          <BoardSidePanel planId={planId} data={data} onHighlight={rows.highlight} onSelect={setSelected} />
        </Col>
      </Row>
      <MovePreview
        planId={planId}
        proposal={move.proposal}
        saving={move.saving}
        names={data.names}
        onSave={move.save}
        onCancel={move.cancel}
      />
      <EngagementDrawer
        planId={planId}
        engagement={selectedEngagement}
        spaceName={(id) => data.spaces.get(id)?.name ?? id}
        delegationName={(id) => data.delegationNames.get(id) ?? id}
        canEdit={data.editable}
        booking={selected ? data.booked.get(selected) : undefined}
        places={data.placeContext!}
        onPropose={move.propose}
        onClose={() => setSelected(undefined)}
      />
    </div>
  );
}

/** The timeline's items: the engagements on the view's rows, highlighted and booked as they are. */
function useBoardItems(data: BoardData, view: BoardView, highlighted: string[]) {
  const { t } = useTranslation();
  const { engagements, plan, offsetMinutes, editable, booked } = data;
  const highlightSet = useMemo(() => new Set(highlighted), [highlighted]);
  return useMemo(() => {
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
      bookingName: (state) => t(`setbacks.state.${state}`),
    });
  }, [view, engagements.data, plan.data, offsetMinutes, highlightSet, editable, booked, t]);
}
