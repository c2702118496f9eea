import { useParams } from 'react-router';
import { PlanContentLinks } from '@/features/plan-content/components/plan-content-links';
import { PlanBoard } from '@/features/plans/components/plan-board';
import { ScenarioBar } from '@/features/scenarios/components/scenario-bar';
import { PlanTransfer } from '@/features/transfer/components/plan-transfer';
import { useChineseVenueNames } from '@/features/venues/hooks/use-chinese-venue-names';
import { NotFoundRoute } from './not-found';

/**
 * The board of one plan, with the catalogue's Chinese venue names when the UI speaks Chinese, and
 * under its name the links to its delegations and engagements, its documents and, for a
 * scenario, its status and actions.
 */
export function PlanBoardRoute() {
  const { planId } = useParams();
  const venueName = useChineseVenueNames();
  const id = Number(planId);
  if (!Number.isInteger(id) || id <= 0) {
    return <NotFoundRoute />;
  }
  return (
    <PlanBoard
      key={id}
      planId={id}
      venueName={venueName}
      header={(plan) => (
        <>
          <PlanContentLinks planId={id} />
          <PlanTransfer plan={plan} />
          <ScenarioBar plan={plan} venueName={venueName} />
        </>
      )}
    />
  );
}
