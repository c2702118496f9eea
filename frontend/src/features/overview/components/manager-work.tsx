import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ManagerWork as Work } from '../types';
import { CountLink } from './count-link';
import { DeadlineList } from './deadline-list';

/** A venue manager's work: the requests of their venues by answer-by time, the soonest first, to the inbox. */
export function ManagerWork({ work, now }: { work: Work; now: Date }) {
  const { t } = useTranslation();
  return (
    <Card title={t('overview.work.manager')} data-testid="overview-manager">
      <CountLink
        count={work.requests}
        label={t('overview.work.managerCount', { count: work.requests })}
        to="/inbox"
        testId="overview-requests"
      />
      {work.requests === 0 ? (
        <Typography.Paragraph type="secondary">{t('overview.work.noRequests')}</Typography.Paragraph>
      ) : (
        <DeadlineList deadlines={work.deadlines} now={now} testId="overview-deadlines" />
      )}
    </Card>
  );
}
