import { Alert, Typography } from 'antd';
import { StatusResult } from '@/components/status-result';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { usePlan } from '@/api/get-plan';
import { ACTIVE_STATES, useSolveStatus } from '@/api/get-solve-status';
import { allows } from '@/lib/allowed-actions';
import { isApiError } from '@/lib/api-client';
import { currentLanguage } from '@/lib/i18n';
import { zoneName } from '@/lib/local-names';
import type { Plan } from '@/types/api';
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
 * The frame of a plan's delegations or engagements: who may see them at all (the plan's answer: 403 for a
 * role that sees no plans), the plan's name, links to its board and other lists, and why the list is
 * read-only when it is (the plan's `allowedActions` lacks "edit", or it is being solved).
 */
export function PlanContentPage({ planId, section, children }: PlanContentPageProps) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const solve = useSolveStatus(planId);
  if (isApiError(plan.error, 403)) {
    return <StatusResult status="403" title={t('delegations.noAccess')} data-testid="plan-content-forbidden" />;
  }
  if (plan.error) return <LoadError error={plan.error} />;
  if (!plan.data) return <Loading />;
  const solving = !!solve.data && ACTIVE_STATES.has(solve.data.state);
  const mayEdit = allows(plan.data, 'edit');
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
        {t('delegations.timesNote', { zone: zoneName(plan.data.timeZone, currentLanguage()) })}
      </Typography.Paragraph>
      {children({ plan: plan.data, editable })}
    </div>
  );
}
