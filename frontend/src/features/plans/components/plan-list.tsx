import { Alert, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeletePlanButton } from '@/components/delete-plan-button';
import { errorMessage } from '@/lib/errors';
import type { Plan } from '@/types/api';
import { usePlans } from '../api/get-plans';
import { hasSetbacks, setbackSummary } from '../lib/setback-summary';

/** Live plans and scenarios, each leading to its board. */
export interface PlanListProps {
  /** A last column of actions for a plan (scenarios: copy a live plan, compare a scenario). */
  actions?: { title: string; render: (plan: Plan) => ReactNode };
}

export function PlanList({ actions }: PlanListProps) {
  const { t } = useTranslation();
  const plans = usePlans();
  if (plans.error) {
    return <Alert type="error" title={errorMessage(plans.error, t, t('errors.unexpected'))} />;
  }
  return (
    <Table<Plan>
      rowKey="id"
      size="small"
      loading={plans.isLoading}
      dataSource={plans.data?.content ?? []}
      pagination={false}
      locale={{ emptyText: t('plans.none') }}
      columns={[
        {
          key: 'name',
          title: t('plans.name'),
          render: (_, plan) => (
            <>
              <Link to={`/plans/${plan.id}`}>{plan.name}</Link>
              {hasSetbacks(plan) && (
                <div>
                  <Tag className="tag-setback" data-testid={`plan-setbacks-${plan.id}`}>
                    {[t(plan.needsReplan ? 'setbacks.listMark' : 'setbacks.listAttention'), setbackSummary(plan, t)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Tag>
                </div>
              )}
            </>
          ),
        },
        {
          key: 'kind',
          title: t('plans.kind'),
          render: (_, plan) => (
            <>
              <Tag className={plan.kind === 'LIVE' ? 'tag-hard' : 'tag-soft'}>{t(`enums.planKind.${plan.kind}`)}</Tag>
              {plan.scenarioStatus && <Tag>{t(`enums.scenarioStatus.${plan.scenarioStatus}`)}</Tag>}
            </>
          ),
        },
        {
          key: 'horizon',
          title: t('plans.horizon'),
          render: (_, plan) => `${plan.horizonStart.replace('T', ' ')} – ${plan.horizonEnd.replace('T', ' ')}`,
        },
        { key: 'engagements', title: t('plans.engagements'), dataIndex: 'engagementCount' },
        { key: 'delegations', title: t('plans.delegations'), dataIndex: 'delegationCount' },
        ...(actions
          ? [{ key: 'actions', title: actions.title, render: (_: unknown, plan: Plan) => actions.render(plan) }]
          : []),
        { key: 'delete', title: t('undo.delete.button'), render: (_, plan) => <DeletePlanButton plan={plan} /> },
      ]}
    />
  );
}
