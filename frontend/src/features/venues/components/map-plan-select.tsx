import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A plan the user may read, as the map's plan choice offers it. */
export interface PlanChoice {
  id: number;
  name: string;
}

export interface MapPlanSelectProps {
  plans: PlanChoice[];
  planId: number | null;
  planName: string | null;
  highlightedCount: number | null;
  onChange: (planId: number | null) => void;
}

/** The choice of the plan whose venues the map highlights, and how many it highlights. */
export function MapPlanSelect({ plans, planId, planName, highlightedCount, onChange }: MapPlanSelectProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className="map-plan-select">
      <label id={labelId} htmlFor="map-plan">
        {t('venueMap.plan')}
      </label>
      <Select<number | 'none'>
        id="map-plan"
        aria-labelledby={labelId}
        className="venue-select"
        value={planId ?? 'none'}
        onChange={(value) => onChange(value === 'none' ? null : value)}
        options={[
          { value: 'none', label: t('venueMap.noPlan') },
          ...plans.map((plan) => ({ value: plan.id, label: plan.name })),
        ]}
        data-testid="map-plan"
      />
      <span className="map-plan-select-count" aria-live="polite" data-testid="map-plan-count">
        {planName !== null && highlightedCount !== null
          ? t('venueMap.planVenues', { count: highlightedCount, plan: planName })
          : ''}
      </span>
    </div>
  );
}
