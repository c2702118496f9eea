import { VenueCatalogue } from '@/features/venues/components/venue-catalogue';

export function VenuesRoute() {
  return <VenueCatalogue />;
}
