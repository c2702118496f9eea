import { Button, Space } from 'antd';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CurrentUserContext } from '@/lib/current-user';
import type { Plan } from '@/types/api';
import { canCompare, canCreateScenario } from '../lib/scenario-permissions';
import { NewScenarioButton } from './new-scenario-button';

/** The plans list's scenario entry points: copy a live plan, compare a scenario with its live plan. */
export function PlanRowActions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roles = useContext(CurrentUserContext)?.roles ?? [];
  const compare = `/plans/${plan.id}/compare`;
  return (
    <Space size="small">
      {canCreateScenario(plan, roles) && <NewScenarioButton plan={plan} size="small" />}
      {canCompare(plan, roles) && (
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
