import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/current-user';
import { BeijingTime } from '@/components/beijing-time';

/** Who is signed in: name, role and, for venue managers, the venues they answer for. */
export function OverviewRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const isManager = user.allowedActions.includes('answerOwnVenueBookings');

  const items = [
    { key: 'displayName', label: t('overview.displayName'), children: user.displayName },
    { key: 'username', label: t('overview.username'), children: user.username },
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
      <Descriptions bordered column={1} items={items} className="overview-details" />
    </>
  );
}
