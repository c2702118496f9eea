import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBookings } from '../api/get-bookings';
import { useManagedVenues } from '../api/get-managed-venues';
import { FeedPanel } from './feed-panel';
import { RequestList } from './request-list';
import { WeekView } from './week-view';

/** The venue manager's inbox: requests to answer, the week of confirmed bookings, the calendar feed. */
export function InboxPage({ managedVenueIds }: { managedVenueIds: readonly string[] }) {
  const { t } = useTranslation();
  const requests = useBookings('REQUESTED');
  const confirmed = useBookings('CONFIRMED');
  const managed = useManagedVenues(managedVenueIds);

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('inbox.title')}
      </Typography.Title>
      <Tabs
        defaultActiveKey="requests"
        items={[
          {
            key: 'requests',
            label: t('inbox.tabs.requests', { count: requests.data?.length ?? 0 }),
            children: <RequestList requests={requests} venues={managed.venues} />,
          },
          {
            key: 'week',
            label: t('inbox.tabs.week'),
            children: <WeekView confirmed={confirmed} venues={managed.venues} />,
          },
          { key: 'feeds', label: t('inbox.tabs.feeds'), children: <FeedPanel venues={managed.venues} /> },
        ]}
      />
    </>
  );
}
