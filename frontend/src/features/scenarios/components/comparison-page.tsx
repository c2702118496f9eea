import { Alert, Col, Row, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlan } from '@/api/get-plan';
import { usePlanDocument } from '@/api/get-plan-document';
import { LoadError, Loading } from '@/components/query-state';
import type { Role } from '@/types/api';
import { useComparison } from '../api/scenarios';
import type { Moved, Place, Placed } from '../api/types';
import {
  comparisonView,
  levelChanges,
  type ComparisonView,
  type FigureRow,
  type Verdict,
} from '../lib/comparison-view';
import { ScenarioStatusActions } from './scenario-status-actions';
import { SideTimeline } from './side-timeline';
import '../scenarios.css';

export interface ComparisonPageProps {
  scenarioId: number;
  roles: readonly Role[];
  /** Catalogue names in the UI's language, by venue id. */
  venueName?: (venueId: string) => string | undefined;
}

const format = (value: number, digits: number) =>
  value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const signed = (value: number, digits: number) => (value > 0 ? `+${format(value, digits)}` : format(value, digits));

/** Share figures are fractions: shown in per cent. */
const DIGITS: Record<string, number> = { prestigeGap: 2, equalTreatmentSpread: 2 };
const PERCENT = new Set(['emptySeatShare']);

function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return <Tag className={`verdict-${verdict}`}>{t(`scenarios.comparison.verdict.${verdict}`)}</Tag>;
}

/**
 * A scenario against its live plan: score and figures of both with their differences, the
 * engagements it moved, newly scheduled or left out, and both timelines side by side with those
 * engagements highlighted.
 */
export function ComparisonPage({ scenarioId, roles, venueName }: ComparisonPageProps) {
  const { t, i18n } = useTranslation();
  const plan = usePlan(scenarioId);
  const comparison = useComparison(scenarioId);
  const scenarioDocument = usePlanDocument(scenarioId);
  const view = useMemo(() => comparison.data && comparisonView(comparison.data), [comparison.data]);
  const name = useCallback((venueId: string, fallback: string) => venueName?.(venueId) ?? fallback, [venueName]);

  const spaceNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const venue of scenarioDocument.data?.venues ?? []) {
      for (const space of venue.spaces) names.set(space.id, `${name(venue.id, venue.name)} · ${space.name}`);
    }
    return names;
  }, [scenarioDocument.data, name]);
  const where = (place: Place | null | undefined) =>
    place
      ? `${spaceNames.get(place.spaceId) ?? place.spaceId}, ${place.start.slice(5, 16).replace('T', ' ')}`
      : t('scenarios.comparison.notScheduled');

  const error = plan.error ?? comparison.error;
  if (error) return <LoadError error={error} />;
  if (!plan.data || !comparison.data || !view) return <Loading />;
  const data = comparison.data;

  /** The overall verdict with the level that decides it, how much each level differs, and the moves. */
  const verdictSentence = (comparisonView: ComparisonView, moved: number) => {
    const overall = t(`scenarios.comparison.overall.${comparisonView.scoreVerdict}`);
    const changes = levelChanges(comparisonView);
    if (changes.length === 0) return overall;
    const levelName = (level: string) => t(`scenarios.comparison.level.${level}` as 'scenarios.comparison.level.hard');
    const parts = changes.map((change) =>
      t(`scenarios.comparison.change.${change.amount.unit}` as 'scenarios.comparison.change.points', {
        level: levelName(change.level),
        value: change.amount.value.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en-GB'),
        verdict: t(`scenarios.comparison.verdict.${change.verdict}`),
      }),
    );
    parts.push(t('scenarios.comparison.movedCount', { count: moved }));
    return `${overall}${t('scenarios.comparison.sentenceEnd')} ${t('scenarios.comparison.decidedBy', { level: levelName(changes[0]!.level) })}${t('scenarios.comparison.colon')}${parts.join(t('scenarios.comparison.separator'))}`;
  };

  const figureColumns = (
    labels: (key: string) => string,
    digits: (key: string) => number,
    percent = (_: string) => false,
  ) => {
    const show = (key: string, value: number, sign = false) => {
      const shown = percent(key) ? value * 100 : value;
      const text = sign ? signed(shown, percent(key) ? 1 : digits(key)) : format(shown, percent(key) ? 1 : digits(key));
      return percent(key) ? `${text} %` : text;
    };
    return [
      {
        key: 'figure',
        title: t('scenarios.comparison.figure'),
        render: (_: unknown, row: FigureRow) => labels(row.key),
      },
      {
        key: 'live',
        title: t('scenarios.comparison.live'),
        align: 'right' as const,
        render: (_: unknown, row: FigureRow) => show(row.key, row.origin),
      },
      {
        key: 'scenario',
        title: t('scenarios.comparison.scenario'),
        align: 'right' as const,
        render: (_: unknown, row: FigureRow) => show(row.key, row.scenario),
      },
      {
        key: 'difference',
        title: t('scenarios.comparison.difference'),
        align: 'right' as const,
        render: (_: unknown, row: FigureRow) => (
          <span data-testid={`difference-${row.key}`}>
            {show(row.key, row.difference, true)} <VerdictTag verdict={row.verdict} />
          </span>
        ),
      },
    ];
  };

  const placedColumns = [
    {
      key: 'title',
      title: t('scenarios.comparison.engagement'),
      render: (_: unknown, p: Placed) => <span data-plan-data>{p.title}</span>,
    },
    {
      key: 'where',
      title: t('scenarios.comparison.where'),
      render: (_: unknown, p: Placed) => (
        <>
          {where(p.place)} {p.onlyInOnePlan && <Tag>{t('scenarios.comparison.onlyInOne')}</Tag>}
        </>
      ),
    },
  ];

  return (
    <div className="comparison-page" data-testid="comparison-page">
      <Typography.Title level={1} className="page-title">
        {t('scenarios.comparison.title')}{' '}
        <Typography.Text type="secondary" className="board-kind">
          {t('scenarios.comparison.heading', { scenario: data.scenario.name, live: data.origin.name })}
        </Typography.Text>
      </Typography.Title>
      <Typography.Paragraph>
        <Link to={`/plans/${scenarioId}`}>{t('scenarios.comparison.back')}</Link>
        {' · '}
        <Link to={`/plans/${data.origin.planId}`}>{t('scenarios.comparison.liveBoard')}</Link>
      </Typography.Paragraph>
      <ScenarioStatusActions plan={plan.data} roles={roles} showCompare={false} />
      {data.originChangedSinceCopy && (
        <Alert type="warning" showIcon className="comparison-section" title={t('scenarios.comparison.originChanged')} />
      )}

      <Row gutter={24}>
        <Col xs={24} xl={12}>
          <section className="comparison-section" aria-labelledby="comparison-score">
            <Typography.Title level={2} id="comparison-score" className="comparison-section-title">
              {t('scenarios.comparison.score')} <VerdictTag verdict={view.scoreVerdict} />
            </Typography.Title>
            <Typography.Paragraph data-testid="score-verdict">
              {verdictSentence(view, data.moved.length)}
            </Typography.Paragraph>
            <Table<FigureRow>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={view.score}
              data-testid="score-differences"
              columns={figureColumns(
                (key) => t(`scenarios.comparison.level.${key}` as 'scenarios.comparison.level.hard'),
                () => 0,
              )}
            />
          </section>
        </Col>
        <Col xs={24} xl={12}>
          {view.kpis.length > 0 && (
            <section className="comparison-section" aria-labelledby="comparison-kpis">
              <Typography.Title level={2} id="comparison-kpis" className="comparison-section-title">
                {t('scenarios.comparison.kpis')}
              </Typography.Title>
              <Table<FigureRow>
                rowKey="key"
                size="small"
                pagination={false}
                dataSource={view.kpis}
                data-testid="kpi-differences"
                columns={figureColumns(
                  (key) => t(`scenarios.comparison.kpi.${key}` as 'scenarios.comparison.kpi.travelMinutes'),
                  (key) => DIGITS[key] ?? 0,
                  (key) => PERCENT.has(key),
                )}
              />
            </section>
          )}
        </Col>
      </Row>

      <section className="comparison-section" aria-labelledby="comparison-moved">
        <Typography.Title level={2} id="comparison-moved" className="comparison-section-title">
          {t('scenarios.comparison.moved', { count: data.moved.length })}
        </Typography.Title>
        {!view.changed && <Typography.Paragraph>{t('scenarios.comparison.unchanged')}</Typography.Paragraph>}
        <Table<Moved>
          rowKey="eventId"
          size="small"
          dataSource={data.moved}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <span className="comparison-empty">{t('scenarios.comparison.none')}</span> }}
          data-testid="moved-engagements"
          columns={[
            {
              key: 'title',
              title: t('scenarios.comparison.engagement'),
              render: (_, m) => <span data-plan-data>{m.title}</span>,
            },
            { key: 'before', title: t('scenarios.comparison.before'), render: (_, m) => where(m.from) },
            { key: 'after', title: t('scenarios.comparison.after'), render: (_, m) => where(m.to) },
          ]}
        />
      </section>
      <Row gutter={24}>
        <Col xs={24} xl={12}>
          <section className="comparison-section" aria-labelledby="comparison-scheduled">
            <Typography.Title level={2} id="comparison-scheduled" className="comparison-section-title">
              {t('scenarios.comparison.newlyScheduled', { count: data.newlyScheduled.length })}
            </Typography.Title>
            <Table<Placed>
              rowKey="eventId"
              size="small"
              dataSource={data.newlyScheduled}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              locale={{ emptyText: <span className="comparison-empty">{t('scenarios.comparison.none')}</span> }}
              data-testid="newly-scheduled"
              columns={placedColumns}
            />
          </section>
        </Col>
        <Col xs={24} xl={12}>
          <section className="comparison-section" aria-labelledby="comparison-unscheduled">
            <Typography.Title level={2} id="comparison-unscheduled" className="comparison-section-title">
              {t('scenarios.comparison.newlyUnscheduled', { count: data.newlyUnscheduled.length })}
            </Typography.Title>
            <Table<Placed>
              rowKey="eventId"
              size="small"
              dataSource={data.newlyUnscheduled}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              locale={{ emptyText: <span className="comparison-empty">{t('scenarios.comparison.none')}</span> }}
              data-testid="newly-unscheduled"
              columns={placedColumns}
            />
          </section>
        </Col>
      </Row>

      <section className="comparison-section comparison-timelines" aria-labelledby="comparison-timelines">
        <Typography.Title level={2} id="comparison-timelines" className="comparison-section-title">
          {t('scenarios.comparison.timelines')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('scenarios.comparison.highlightNote')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <SideTimeline
              planId={data.origin.planId}
              title={t('scenarios.comparison.liveTimeline')}
              highlighted={view.highlightedInOrigin}
              venueName={name}
              testId="live-timeline"
            />
          </Col>
          <Col xs={24} xl={12}>
            <SideTimeline
              planId={scenarioId}
              title={t('scenarios.comparison.scenarioTimeline')}
              highlighted={view.highlightedInScenario}
              venueName={name}
              testId="scenario-timeline"
            />
          </Col>
        </Row>
      </section>
    </div>
  );
}
