import { useParams } from 'react-router';
import { VenueEditor } from '@/features/venues/components/venue-editor';
import { VenuePage } from '@/features/venues/components/venue-page';

export function VenueRoute() {
  const { venueId = '' } = useParams();
  return <VenuePage key={venueId} venueId={venueId} />;
}

/** The editor of a venue's spaces; the editor itself tells a user who may not edit this venue so. */
export function VenueEditRoute() {
  const { venueId = '' } = useParams();
  return <VenueEditor key={venueId} venueId={venueId} />;
}
