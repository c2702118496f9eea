import { Button, Drawer, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allows } from '@/lib/allowed-actions';
import type { Plan } from '@/types/api';
import { useClosures } from '../api/closures';
import { ClosuresPanel } from './closures-panel';
import { NewScenarioButton } from './new-scenario-button';
import { ScenarioStatusActions } from './scenario-status-actions';
import '../scenarios.css';

export interface ScenarioBarProps {
  plan: Plan;
  /** Catalogue names in the UI's language, by venue id. */
  venueName?: (venueId: string) => string | undefined;
}

/**
 * What the board's header offers for scenarios: copy a live plan into one; compare, propose or
 * adopt a scenario; and the plan's closures (a venue closed in a what-if) in a side drawer.
 */
export function ScenarioBar({ plan, venueName }: ScenarioBarProps) {
  const { t } = useTranslation();
  const [closuresOpen, setClosuresOpen] = useState(false);
  const closures = useClosures(plan.id);
  const name = useCallback((venueId: string, fallback: string) => venueName?.(venueId) ?? fallback, [venueName]);

  return (
    <section className="scenario-bar" aria-label={t('scenarios.actions')}>
      <Space wrap align="start">
        {allows(plan, 'createScenario') && <NewScenarioButton plan={plan} />}
        {plan.kind === 'SCENARIO' && <ScenarioStatusActions plan={plan} />}
        <Button onClick={() => setClosuresOpen(true)} data-testid="open-closures">
          {t('scenarios.closures.open', { count: closures.data?.length ?? 0 })}
        </Button>
      </Space>
      <Drawer
        open={closuresOpen}
        onClose={() => setClosuresOpen(false)}
        title={t('scenarios.closures.title')}
        size={560}
        className="closures-drawer"
        destroyOnHidden
      >
        <ClosuresPanel plan={plan} canEdit={allows(plan, 'edit')} venueName={name} />
      </Drawer>
    </section>
  );
}
