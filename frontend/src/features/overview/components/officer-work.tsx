import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';
import type { OfficerWork as Work } from '../types';
import { CountLink } from './count-link';
import { DeadlineList } from './deadline-list';

/**
 * A protocol officer's work: the plans a declined, lapsed or cancelled booking left needing a re-plan or
 * attention (to their boards), the requests of venues without managers (to the inbox), and the requests
 * at any venue that lapse within a day (to their plans' boards).
 */
export function OfficerWork({ work, now }: { work: Work; now: Date }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card title={t('overview.work.officer')} data-testid="overview-officer">
      <Flex gap="large" wrap>
        <section className="overview-part">
          <Typography.Title level={3} className="overview-part-title">
            {t('overview.work.replans')}
          </Typography.Title>
          {work.plansToReplan.length === 0 ? (
            <Typography.Text type="secondary">{t('overview.work.noReplans')}</Typography.Text>
          ) : (
            <ul className="overview-list" data-testid="overview-replans">
              {work.plansToReplan.map((plan) => (
                <li key={plan.planId}>
                  <Link to={`/plans/${plan.planId}`} data-plan-data>
                    {plan.planName}
                  </Link>{' '}
                  {plan.needsReplan && <Tag className="tag-hard">{t('overview.work.needsReplan')}</Tag>}
                  {plan.needsAttention && <Tag className="tag-medium">{t('overview.work.needsAttention')}</Tag>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="overview-part">
          <Typography.Title level={3} className="overview-part-title">
            {t('overview.work.unmanaged')}
          </Typography.Title>
          <CountLink
            count={work.unmanagedRequests}
            label={t('overview.work.unmanagedCount', { count: work.unmanagedRequests })}
            to="/inbox"
            testId="overview-unmanaged"
          />
          <DeadlineList deadlines={work.unmanagedDeadlines} now={now} testId="overview-unmanaged-deadlines" />
        </section>
        <section className="overview-part">
          <Typography.Title level={3} className="overview-part-title">
            {t('overview.work.lapsing')}
          </Typography.Title>
          {work.lapsing.length === 0 ? (
            <Typography.Text type="secondary">{t('overview.work.noLapsing')}</Typography.Text>
          ) : (
            <ul className="overview-list" data-testid="overview-lapsing">
              {work.lapsing.map((plan) => (
                <li key={plan.planId}>
                  <Link to={`/plans/${plan.planId}`}>
                    {t('overview.work.lapsingOf', {
                      count: plan.requests,
                      plan: plan.planName ?? plan.planId,
                      time: formatBeijing(plan.soonestAnswerBy, language),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Flex>
    </Card>
  );
}
