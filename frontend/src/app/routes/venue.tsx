import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';
import { VenueEditor } from '@/features/venues/components/venue-editor';
import { VenuePage } from '@/features/venues/components/venue-page';
import { canEditVenueSpaces } from '@/features/venues/lib/venue-permissions';

export function VenueRoute() {
  const { venueId = '' } = useParams();
  const user = useCurrentUser();
  return <VenuePage key={venueId} venueId={venueId} canEdit={canEditVenueSpaces(user, venueId)} />;
}

/**
 * The editor of a venue's spaces. A manager who opens another venue's editor (by its address) is
 * told it cannot be edited, and no form is shown; the backend would answer 404 to a save.
 */
export function VenueEditRoute() {
  const { t } = useTranslation();
  const { venueId = '' } = useParams();
  const user = useCurrentUser();
  if (!canEditVenueSpaces(user, venueId)) {
    return (
      <Result
        status="404"
        title={t('venue.notEditable')}
        extra={<Link to="/venues">{t('venue.back')}</Link>}
        data-testid="venue-not-editable"
      />
    );
  }
  return <VenueEditor key={venueId} venueId={venueId} />;
}
