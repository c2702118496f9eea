import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { getPlan, planQueryKey } from '@/api/get-plan';
import type { HighlightedPlan } from '../components/venue-map';

/** The address's query parameter that names the plan whose venues the map highlights. */
export const PLAN_PARAMETER = 'plan';

/**
 * The plan the catalogue's map highlights: the one the address names (`/venues?plan=12`, the plan
 * board's link to the map), which the user may change or clear. Its venues are the venues it may use.
 * A plan the user may not read, or that does not exist, highlights nothing.
 */
export function useHighlightedPlan() {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get(PLAN_PARAMETER));
  const planId = Number.isInteger(raw) && raw > 0 ? raw : null;
  const plan = useQuery({
    queryKey: planQueryKey(planId ?? 0),
    queryFn: ({ signal }) => getPlan(planId!, signal),
    enabled: planId !== null,
  });
  const highlighted = useMemo<HighlightedPlan | null>(
    () => (planId !== null && plan.data ? { id: planId, venueIds: new Set(plan.data.venueIds) } : null),
    [planId, plan.data],
  );

  const choose = (id: number | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === null) next.delete(PLAN_PARAMETER);
        else next.set(PLAN_PARAMETER, String(id));
        return next;
      },
      { replace: true },
    );

  return { planId, planName: plan.data?.name ?? null, highlighted, choose };
}
