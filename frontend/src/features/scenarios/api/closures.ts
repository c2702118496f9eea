import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Closure, ClosureRequest } from '@/types/api';

export const closuresQueryKey = (planId: number) => ['plans', planId, 'closures'] as const;

/** GET /api/plans/{id}/closures: the plan's own closures and, marked derived, those of confirmed bookings. */
export function useClosures(planId: number) {
  return useQuery({
    queryKey: closuresQueryKey(planId),
    queryFn: ({ signal }) => apiRequest<Closure[]>(`/api/plans/${planId}/closures`, { signal }),
  });
}

/**
 * Closes spaces for a time range: one POST per space (closing a venue closes each of its spaces),
 * one after another so that the plan's revision goes up in order.
 */
export function useAddClosures(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (closures: ClosureRequest[]) => {
      const created: Closure[] = [];
      for (const closure of closures) {
        created.push(await apiRequest<Closure>(`/api/plans/${planId}/closures`, { method: 'POST', body: closure }));
      }
      return created;
    },
    // A closure changes the plan's revision and what the score analysis says.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}

export function useDeleteClosure(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (closureId: number) =>
      apiRequest<void>(`/api/plans/${planId}/closures/${closureId}`, { method: 'DELETE' }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
