import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { useOverview } from '../api/get-overview';
import { partsOf } from '../lib/deadlines';
import { AdminWork } from './admin-work';
import { ManagerWork } from './manager-work';
import { OfficerWork } from './officer-work';
import { PlannerWork } from './planner-work';

/**
 * The start page's "what needs you now": a part for each role the user has, each count leading to the
 * screen where that work is done.
 */
export function WorkOverview() {
  const { t } = useTranslation();
  const overview = useOverview();
  if (overview.error) return <LoadError error={overview.error} />;
  if (!overview.data) return <Loading />;
  const data = overview.data;
  const now = new Date(data.now);
  return (
    <section aria-labelledby="overview-work-title" data-testid="overview-work">
      <Typography.Title level={2} id="overview-work-title" className="overview-title">
        {t('overview.work.title')}
      </Typography.Title>
      <Flex vertical gap="middle">
        {partsOf(data).map((part) => {
          switch (part) {
            case 'officer':
              return data.officer && <OfficerWork key={part} work={data.officer} now={now} />;
            case 'manager':
              return data.manager && <ManagerWork key={part} work={data.manager} now={now} />;
            case 'planner':
              return data.planner && <PlannerWork key={part} work={data.planner} />;
            default:
              return data.admin && <AdminWork key={part} work={data.admin} />;
          }
        })}
      </Flex>
    </section>
  );
}
