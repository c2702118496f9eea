import { Alert, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { useCurrentUser } from '@/lib/current-user';
import { usePlan } from '@/api/get-plan';
import { ACTIVE_STATES, useSolveStatus } from '@/api/get-solve-status';
import type { Plan } from '@/types/api';
import { canEditPlanContent, canReadPlanContent } from '../lib/content-permissions';
import type { ContentSection } from './content-table';
import { PlanContentLinks } from './plan-content-links';

export interface PlanContentContext {
  plan: Plan;
  /** Whether this user may change the plan's delegations and engagements now. */
  editable: boolean;
}

export interface PlanContentPageProps {
  planId: number;
  section: ContentSection;
  children: (context: PlanContentContext) => ReactNode;
}

/**
 * The frame of a plan's delegations or engagements: who may see them at all, the plan's name,
 * links to its board and other lists, and why the list is read-only when it is.
 */
export function PlanContentPage({ planId, section, children }: PlanContentPageProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const readable = canReadPlanContent(user.roles);
  if (!readable) {
    return <Result status="403" title={t('delegations.noAccess')} data-testid="plan-content-forbidden" />;
  }
  return (
    <ReadablePlanContent planId={planId} section={section}>
      {children}
    </ReadablePlanContent>
  );
}

function ReadablePlanContent({ planId, section, children }: PlanContentPageProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const solve = useSolveStatus(planId);
  if (plan.error) return <LoadError error={plan.error} />;
  if (!plan.data) return <Loading />;
  const solving = !!solve.data && ACTIVE_STATES.has(solve.data.state);
  const mayEdit = canEditPlanContent(plan.data, user.roles);
  const editable = mayEdit && !solving;
  return (
    <div className="plan-content" data-testid={`plan-${section}`} data-editable={editable ? 'true' : 'false'}>
      <Typography.Title level={1} className="page-title">
        {t(section === 'delegations' ? 'delegations.pageTitle' : 'engagements.pageTitle', { plan: plan.data.name })}{' '}
        <Typography.Text type="secondary" className="board-kind">
          {t(`enums.planKind.${plan.data.kind}`)}
        </Typography.Text>
      </Typography.Title>
      <PlanContentLinks planId={planId} />
      {!mayEdit && (
        <Alert type="info" className="plan-content-note" title={t('delegations.readOnly')} data-testid="read-only" />
      )}
      {mayEdit && solving && <Alert type="warning" className="plan-content-note" title={t('delegations.solving')} />}
      <Typography.Paragraph type="secondary" className="plan-content-note">
        {t('delegations.timesNote', { zone: plan.data.timeZone })}
      </Typography.Paragraph>
      {children({ plan: plan.data, editable })}
    </div>
  );
}
