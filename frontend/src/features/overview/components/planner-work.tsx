import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannerWork as Work } from '../types';
import { CountLink } from './count-link';

/** A planner's own scenarios: how many of each status, and the latest, each to its board and comparison. */
export function PlannerWork({ work }: { work: Work }) {
  const { t } = useTranslation();
  return (
    <Card title={t('overview.work.planner')} data-testid="overview-planner">
      <Flex gap="large" wrap>
        <CountLink count={work.drafts} label={t('enums.scenarioStatus.DRAFT')} to="/plans" testId="overview-drafts" />
        <CountLink
          count={work.proposed}
          label={t('enums.scenarioStatus.PROPOSED')}
          to="/plans"
          testId="overview-proposed"
        />
        <CountLink
          count={work.adopted}
          label={t('enums.scenarioStatus.ADOPTED')}
          to="/plans"
          testId="overview-adopted"
        />
      </Flex>
      {work.scenarios.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('overview.work.noScenarios')}</Typography.Paragraph>
      ) : (
        <ul className="overview-list" data-testid="overview-scenarios">
          {work.scenarios.map((scenario) => (
            <li key={scenario.planId}>
              <Link to={`/plans/${scenario.planId}`} data-plan-data>
                {scenario.name}
              </Link>{' '}
              <Tag className="tag-neutral">{t(`enums.scenarioStatus.${scenario.status}`)}</Tag>
              {scenario.originPlanName && (
                <Typography.Text type="secondary">
                  {t('overview.work.copiedFrom', { plan: scenario.originPlanName })}
                </Typography.Text>
              )}{' '}
              {scenario.originPlanId != null && scenario.status !== 'ADOPTED' && (
                <Link to={`/plans/${scenario.planId}/compare`}>{t('overview.work.compare')}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
