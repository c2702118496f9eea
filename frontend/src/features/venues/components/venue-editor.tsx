import { Typography } from 'antd';
import { StatusResult } from '@/components/status-result';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { Link } from 'react-router';
import { allows } from '@/lib/allowed-actions';
import { currentLanguage } from '@/lib/i18n';
import { useVenue } from '../api/get-venue';
import { localName } from '../lib/venue-name';
import { SpaceEditor } from './space-editor';

/**
 * The spaces of one venue, each with its own form and its own version. A venue whose `allowedActions` lacks
 * "editSpaces" (a manager who opens another venue's editor by its address) is told it cannot be edited, and
 * no form is shown; the backend would answer 404 to a save.
 */
export function VenueEditor({ venueId }: { venueId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const venue = useVenue(venueId);
  if (venue.error) {
    return <LoadError error={venue.error} />;
  }
  if (!venue.data) {
    return <Loading />;
  }
  if (!allows(venue.data, 'editSpaces')) {
    return (
      <StatusResult
        status="404"
        title={t('venue.notEditable')}
        extra={<Link to="/venues">{t('venue.back')}</Link>}
        data-testid="venue-not-editable"
      />
    );
  }
  return (
    <>
      <Link to={`/venues/${encodeURIComponent(venueId)}`}>{localName(venue.data, language)}</Link>
      <Typography.Title level={1} className="page-title">
        {t('venue.editing', { venue: localName(venue.data, language) })}
      </Typography.Title>
      <div className="space-editors">
        {venue.data.spaces.map((space) => (
          <SpaceEditor key={space.id} venueId={venueId} space={space} spaces={venue.data.spaces} language={language} />
        ))}
      </div>
    </>
  );
}
