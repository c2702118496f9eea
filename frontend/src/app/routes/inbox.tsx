import { StatusResult } from '@/components/status-result';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';
import { InboxPage } from '@/features/inbox/components/inbox-page';

/**
 * The bookings inbox of those whose /api/me allows answering requests: for their own venues (venue managers)
 * or for the venues without managers (protocol officers and administrators); anyone else who opens it by its
 * address is told it is not theirs.
 */
export function InboxRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const managedVenueIds = useMemo(() => user.managedVenueIds.map(String), [user.managedVenueIds]);
  const manager = user.allowedActions.includes('answerOwnVenueBookings');
  const officer = user.allowedActions.includes('answerUnmanagedVenueBookings');
  if (!manager && !officer) {
    return (
      <StatusResult
        status="403"
        title={<h1 className="not-found-title">{t('inbox.notAllowed')}</h1>}
        subTitle={t('inbox.notAllowedDetail')}
        extra={<Link to="/">{t('inbox.backToOverview')}</Link>}
        data-testid="inbox-not-allowed"
      />
    );
  }
  return <InboxPage managedVenueIds={managedVenueIds} manager={manager} officer={officer} />;
}
