import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/current-user';
import { BeijingTime } from '@/components/beijing-time';
import { WorkOverview } from '@/features/overview/components/work-overview';

/**
 * The start page: what needs the signed-in user now, per role, then who is signed in: name, role and, for
 * venue managers, the venues they answer for.
 */
export function OverviewRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isManager = user.allowedActions.includes('answerOwnVenueBookings');

  const items = [
    // Marked as data: a demo account's name ("Planner") may read like a label of the UI.
    { key: 'displayName', label: t('overview.displayName'), children: <span data-plan-data>{user.displayName}</span> },
    { key: 'username', label: t('overview.username'), children: <span data-plan-data>{user.username}</span> },
    {
      key: 'roles',
      label: t('overview.roles'),
      children: user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', '),
    },
    ...(isManager
      ? [
          {
            key: 'managedVenues',
            label: t('overview.managedVenues'),
            children:
              user.managedVenueIds.length > 0
                ? user.managedVenueIds.map(String).join(', ')
                : t('overview.noManagedVenues'),
          },
        ]
      : []),
    { key: 'beijingTime', label: t('overview.beijingTime'), children: <BeijingTime /> },
  ];

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('overview.title')}
      </Typography.Title>
      <WorkOverview />
      <Typography.Title level={2} className="overview-title">
        {t('overview.account')}
      </Typography.Title>
      <Descriptions
        bordered
        column={1}
        items={items}
        className="overview-details"
        styles={{ label: { whiteSpace: 'nowrap' } }}
      />
    </>
  );
}
