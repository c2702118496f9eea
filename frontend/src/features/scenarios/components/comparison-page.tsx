import { Alert, Col, Row, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlan } from '@/api/get-plan';
import { usePlanDocument } from '@/api/get-plan-document';
import { LoadError, Loading } from '@/components/query-state';
import { spaceLabels } from '@/lib/local-names';
import { useComparison } from '../api/scenarios';
import { comparisonView } from '../lib/comparison-view';
import { ComparisonEngagements } from './comparison-engagements';
import { ComparisonFigures } from './comparison-figures';
import { ScenarioStatusActions } from './scenario-status-actions';
import { SideTimeline } from './side-timeline';
import '../scenarios.css';

export interface ComparisonPageProps {
  scenarioId: number;
  /** Catalogue names in the UI's language, by venue id. */
  venueName?: (venueId: string) => string | undefined;
}

/**
 * A scenario against its live plan: score and figures of both with their differences, the
 * engagements it moved, newly scheduled or left out, and both timelines side by side with those
 * engagements highlighted.
 */
export function ComparisonPage({ scenarioId, venueName }: ComparisonPageProps) {
  const { t } = useTranslation();
  const plan = usePlan(scenarioId);
  const comparison = useComparison(scenarioId);
  const scenarioDocument = usePlanDocument(scenarioId);
  const view = useMemo(() => comparison.data && comparisonView(comparison.data), [comparison.data]);
  const name = useCallback((venueId: string, fallback: string) => venueName?.(venueId) ?? fallback, [venueName]);
  const spaceNames = useMemo(
    () => spaceLabels(scenarioDocument.data?.venues ?? [], venueName),
    [scenarioDocument.data, venueName],
  );

  const error = plan.error ?? comparison.error;
  if (error) return <LoadError error={error} />;
  if (!plan.data || !comparison.data || !view) return <Loading />;
  const data = comparison.data;

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
      <ScenarioStatusActions plan={plan.data} showCompare={false} />
      {data.originChangedSinceCopy && (
        <Alert type="warning" showIcon className="comparison-section" title={t('scenarios.comparison.originChanged')} />
      )}

      <ComparisonFigures view={view} moved={data.moved.length} />

      <ComparisonEngagements comparison={data} changed={view.changed} spaceNames={spaceNames} />

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
