import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Plan } from '@/types/api';
import type { Adoption, Comparison } from './types';

/** POST /api/plans/{id}/scenarios: a copy of the live plan as a draft scenario. */
export function useCreateScenario(livePlanId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string | undefined) =>
      apiRequest<Plan>(`/api/plans/${livePlanId}/scenarios`, { method: 'POST', body: name ? { name } : {} }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['plans'], exact: true }),
  });
}

export const comparisonQueryKey = (scenarioId: number) => ['plans', scenarioId, 'comparison'] as const;

/** GET /api/plans/{id}/comparison: the scenario against its live plan as it is now. */
export function useComparison(scenarioId: number) {
  return useQuery({
    queryKey: comparisonQueryKey(scenarioId),
    queryFn: ({ signal }) => apiRequest<Comparison>(`/api/plans/${scenarioId}/comparison`, { signal }),
  });
}

/** POST /api/plans/{id}/propose: a planner puts the draft forward for adoption. */
export function usePropose(scenarioId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<Plan>(`/api/plans/${scenarioId}/propose`, { method: 'POST' }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/**
 * POST /api/plans/{id}/adopt: the scenario's content becomes the live plan's. A 409 whose problem
 * detail lists `changes` means the live plan moved on since the copy (see adoptionRefusal).
 */
export function useAdopt(scenarioId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<Adoption>(`/api/plans/${scenarioId}/adopt`, { method: 'POST' }),
    // Both plans change: the scenario's status and the live plan's content.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans'] }),
  });
}
