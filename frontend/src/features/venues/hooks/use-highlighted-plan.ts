import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { engagementsQueryKey, getEngagements } from '@/api/get-engagements';
import { getPlan, planQueryKey } from '@/api/get-plan';
import { getPlanDocument, planDocumentQueryKey } from '@/api/get-plan-document';
import type { HighlightedPlan } from '../components/venue-map';
import { venuesInUse } from '../lib/plan-venues';

/** The address's query parameter that names the plan whose venues the map highlights. */
export const PLAN_PARAMETER = 'plan';

/**
 * The plan the catalogue's map highlights: the one the address names (`/venues?plan=12`, the plan
 * board's link to the map), which the user may change or clear, with the venues its engagements are
 * placed at. A plan the user may not read, or that does not exist, highlights nothing.
 */
export function useHighlightedPlan() {
  const [params, setParams] = useSearchParams();
  const raw = Number(params.get(PLAN_PARAMETER));
  const planId = Number.isInteger(raw) && raw > 0 ? raw : null;
  const enabled = planId !== null;
  const id = planId ?? 0;
  const plan = useQuery({ queryKey: planQueryKey(id), queryFn: ({ signal }) => getPlan(id, signal), enabled });
  const document = useQuery({
    queryKey: planDocumentQueryKey(id),
    queryFn: ({ signal }) => getPlanDocument(id, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
  const engagements = useQuery({
    queryKey: engagementsQueryKey(id),
    queryFn: ({ signal }) => getEngagements(id, signal),
    enabled,
  });
  const highlighted = useMemo<HighlightedPlan | null>(
    () =>
      planId !== null && document.data && engagements.data
        ? { id: planId, venueIds: venuesInUse(document.data, engagements.data) }
        : null,
    [planId, document.data, engagements.data],
  );

  const choose = (chosen: number | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (chosen === null) next.delete(PLAN_PARAMETER);
        else next.set(PLAN_PARAMETER, String(chosen));
        return next;
      },
      { replace: true },
    );

  return { planId, planName: plan.data?.name ?? null, highlighted, choose };
}
