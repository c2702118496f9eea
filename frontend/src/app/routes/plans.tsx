import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PlanList } from '@/features/plans/components/plan-list';
import { PlanRowActions } from '@/features/scenarios/components/plan-row-actions';
import { ImportPlan } from '@/features/transfer/components/import-plan';

export function PlansRoute() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('plans.title')}
      </Typography.Title>
      <ImportPlan />
      <PlanList actions={{ title: t('scenarios.title'), render: (plan) => <PlanRowActions plan={plan} /> }} />
    </>
  );
}
