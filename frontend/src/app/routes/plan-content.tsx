import { useParams } from 'react-router';
import { DelegationList } from '@/features/plan-content/components/delegation-list';
import { PlanContentPage } from '@/features/plan-content/components/plan-content-page';
import { EngagementList } from '@/features/plan-content/components/engagement-list';
import { NotFoundRoute } from './not-found';

function usePlanId(): number | undefined {
  const { planId } = useParams();
  const id = Number(planId);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** /plans/:planId/delegations */
export function PlanDelegationsRoute() {
  const id = usePlanId();
  if (!id) return <NotFoundRoute />;
  return (
    <PlanContentPage key={id} planId={id} section="delegations">
      {({ plan, editable }) => <DelegationList plan={plan} editable={editable} />}
    </PlanContentPage>
  );
}

/** /plans/:planId/engagements */
export function PlanEngagementsRoute() {
  const id = usePlanId();
  if (!id) return <NotFoundRoute />;
  return (
    <PlanContentPage key={id} planId={id} section="engagements">
      {({ plan, editable }) => <EngagementList plan={plan} editable={editable} />}
    </PlanContentPage>
  );
}
