import { Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBookings } from '../api/get-bookings';
import { useInboxRequests } from '../api/get-inbox-requests';
import { useVenues } from '../api/get-venues';
import { BookingsExportMenu } from './bookings-export-menu';
import { FeedPanel } from './feed-panel';
import { RequestList } from './request-list';
import { WeekView } from './week-view';

export interface InboxPageProps {
  managedVenueIds: readonly string[];
  /** A venue manager: their venues' requests, the week of confirmed bookings and the calendar feeds. */
  manager: boolean;
  /** A protocol officer or administrator: the requests of venues without managers, answered for them. */
  officer: boolean;
}

/**
 * The bookings inbox: requests to answer, soonest answer-by time first, one at a time or several at
 * once; for a venue manager also the week of their spaces (opening hours, confirmed bookings and the
 * requests waiting) and the calendar feed. Officers answer for the venues without
 * managers: their requests only, no week or feed (those are a manager's own venues').
 */
export function InboxPage({ managedVenueIds, manager, officer }: InboxPageProps) {
  const { t } = useTranslation();
  const requests = useInboxRequests({ manager, officer, managedVenueIds });
  const confirmed = useBookings('CONFIRMED', {}, manager);
  const own = useVenues(manager ? managedVenueIds : []);
  // The week shows the manager's own venues' requests; an officer who manages venues also answers others.
  const ownRequests = useMemo(
    () => ({
      data: requests.data?.filter((booking) => managedVenueIds.includes(booking.venueId)),
      error: requests.error,
    }),
    [requests.data, requests.error, managedVenueIds],
  );
  const intro = [
    ...(manager ? [t('inbox.requests.intro')] : []),
    ...(officer ? [t('inbox.requests.officerIntro')] : []),
  ];

  const requestsTab = {
    key: 'requests',
    label: t('inbox.tabs.requests', { count: requests.data?.length ?? 0 }),
    children: <RequestList requests={requests} venues={own.venues} intro={intro} />,
  };
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('inbox.title')}
      </Typography.Title>
      <BookingsExportMenu />
      <Tabs
        defaultActiveKey="requests"
        items={
          manager
            ? [
                requestsTab,
                {
                  key: 'week',
                  label: t('inbox.tabs.week'),
                  children: <WeekView confirmed={confirmed} requested={ownRequests} venues={own.venues} />,
                },
                { key: 'feeds', label: t('inbox.tabs.feeds'), children: <FeedPanel venues={own.venues} /> },
              ]
            : [requestsTab]
        }
      />
    </>
  );
}
