import type { TFunction } from 'i18next';
import type { Plan } from '@/types/api';

/** The plan's counts, each 0 when the answer left it out. */
function counts(plan: Plan) {
  const { declined = 0, lapsed = 0, cancelled = 0 } = plan.setbacks ?? {};
  return { declined, lapsed, cancelled };
}

/** Whether a plan is marked: it needs a re-plan or attention, or engagements still sit where a venue said no. */
export function hasSetbacks(plan: Plan): boolean {
  const { declined, lapsed, cancelled } = counts(plan);
  return plan.kind === 'LIVE' && (plan.needsReplan || plan.needsAttention || declined + lapsed + cancelled > 0);
}

/** "1 engagement declined by its venue; 2 requests not answered in time": what is affected, and why. */
export function setbackSummary(plan: Plan, t: TFunction): string {
  const { declined, lapsed, cancelled } = counts(plan);
  return [
    declined > 0 && t('setbacks.declined', { count: declined }),
    lapsed > 0 && t('setbacks.lapsed', { count: lapsed }),
    cancelled > 0 && t('setbacks.cancelled', { count: cancelled }),
  ]
    .filter((part): part is string => !!part)
    .join(t('setbacks.separator'));
}
