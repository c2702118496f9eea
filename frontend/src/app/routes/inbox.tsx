import { Result } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';
import { InboxPage } from '@/features/inbox/components/inbox-page';
import { answersForUnmanagedVenues, canUseInbox, managesVenues } from '@/features/inbox/lib/inbox-permissions';

/**
 * The bookings inbox of venue managers, and of protocol officers and administrators (who answer
 * for the venues without managers); anyone else who opens it by its address is told it is not theirs.
 */
export function InboxRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const managedVenueIds = useMemo(() => user.managedVenueIds.map(String), [user.managedVenueIds]);
  if (!canUseInbox(user.roles)) {
    return (
      <Result
        status="403"
        title={<h1 className="not-found-title">{t('inbox.notAllowed')}</h1>}
        subTitle={t('inbox.notAllowedDetail')}
        extra={<Link to="/">{t('inbox.backToOverview')}</Link>}
        data-testid="inbox-not-allowed"
      />
    );
  }
  return (
    <InboxPage
      managedVenueIds={managedVenueIds}
      manager={managesVenues(user.roles)}
      officer={answersForUnmanagedVenues(user.roles)}
    />
  );
}
