import { useCallback, useMemo } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ComparisonPage } from '@/features/scenarios/components/comparison-page';
import { useAllVenues } from '@/features/venues/api/get-all-venues';
import { currentLanguage } from '@/lib/i18n';
import { NotFoundRoute } from './not-found';

/** A scenario compared with its live plan, with the catalogue's Chinese venue names when the UI speaks Chinese. */
export function ScenarioComparisonRoute() {
  const { planId } = useParams();
  const user = useCurrentUser();
  const venues = useAllVenues();
  const language = currentLanguage();
  const chineseNames = useMemo(
    () => new Map((venues.data ?? []).flatMap((venue) => (venue.nameZh ? [[venue.id, venue.nameZh] as const] : []))),
    [venues.data],
  );
  const venueName = useCallback(
    (venueId: string) => (language === 'zh' ? chineseNames.get(venueId) : undefined),
    [language, chineseNames],
  );
  const id = Number(planId);
  if (!Number.isInteger(id) || id <= 0) {
    return <NotFoundRoute />;
  }
  return <ComparisonPage key={id} scenarioId={id} roles={user.roles} venueName={venueName} />;
}
