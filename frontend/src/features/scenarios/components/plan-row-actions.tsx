import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allows } from '@/lib/allowed-actions';
import type { Plan } from '@/types/api';
import { NewScenarioButton } from './new-scenario-button';

/** The plans list's scenario entry points: copy a live plan, compare a scenario with its live plan. */
export function PlanRowActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const compare = `/plans/${plan.id}/compare`;
  return (
    <Space size="small">
      {allows(plan, 'createScenario') && <NewScenarioButton plan={plan} size="small" />}
      {allows(plan, 'compare') && (
        <Button
          size="small"
          href={compare}
          onClick={(event) => {
            event.preventDefault();
            void navigate(compare);
          }}
          data-testid={`compare-${plan.id}`}
        >
          {t('scenarios.compare')}
        </Button>
      )}
    </Space>
  );
}
