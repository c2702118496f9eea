import { useParams } from 'react-router';
import { ComparisonPage } from '@/features/scenarios/components/comparison-page';
import { useChineseVenueNames } from '@/features/venues/hooks/use-chinese-venue-names';
import { NotFoundRoute } from './not-found';

/** A scenario compared with its live plan, with the catalogue's Chinese venue names when the UI speaks Chinese. */
export function ScenarioComparisonRoute() {
  const { planId } = useParams();
  const venueName = useChineseVenueNames();
  const id = Number(planId);
  if (!Number.isInteger(id) || id <= 0) {
    return <NotFoundRoute />;
  }
  return <ComparisonPage key={id} scenarioId={id} venueName={venueName} />;
}
