import { useMemo } from 'react';
import { useCurrentUser } from '@/lib/current-user';
import { usePlans } from '@/features/plans/api/get-plans';
import { VenueCatalogue } from '@/features/venues/components/venue-catalogue';

/**
 * The venue catalogue, whose map highlights a plan's venues: those who may read plans choose among
 * them there; a venue manager, who may not, has no such choice.
 */
export function VenuesRoute() {
  const user = useCurrentUser();
  const readsPlans = user.allowedActions.includes('readPlans') || user.allowedActions.includes('createPlan');
  return readsPlans ? <CatalogueWithPlans /> : <VenueCatalogue plans={null} />;
}

function CatalogueWithPlans() {
  const plans = usePlans();
  const choices = useMemo(
    () => (plans.data?.content ?? []).map((plan) => ({ id: plan.id, name: plan.name })),
    [plans.data],
  );
  return <VenueCatalogue plans={choices} />;
}
