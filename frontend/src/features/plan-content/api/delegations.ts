import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Delegation, DelegationRequest, Page } from '@/types/api';

export const delegationsQueryKey = (planId: number) => ['plans', planId, 'delegations'] as const;

/** The screens page and search on the client: one page as large as a plan may hold (1,000). */
const ALL = 2000;

export async function getDelegations(planId: number, signal?: AbortSignal): Promise<Delegation[]> {
  const page = await apiRequest<Page<Delegation>>(`/api/plans/${planId}/delegations?size=${ALL}`, { signal });
  return page.content;
}

export function useDelegations(planId: number, enabled = true) {
  return useQuery({
    queryKey: delegationsQueryKey(planId),
    queryFn: ({ signal }) => getDelegations(planId, signal),
    enabled,
  });
}

/** After a change, everything of the plan may have moved (its revision, the board's rows, the counts). */
function useInvalidatePlan(planId: number) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['plans', planId] });
    void client.invalidateQueries({ queryKey: ['plans'], exact: true });
  };
}

/** Creates a delegation (no `originalId`) or replaces one, with its version. */
export function useSaveDelegation(planId: number) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: ({ originalId, body }: { originalId?: string; body: DelegationRequest }) =>
      originalId
        ? apiRequest<Delegation>(`/api/plans/${planId}/delegations/${encodeURIComponent(originalId)}`, {
            method: 'PUT',
            body,
          })
        : apiRequest<Delegation>(`/api/plans/${planId}/delegations`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function useDeleteDelegation(planId: number) {
  const invalidate = useInvalidatePlan(planId);
  return useMutation({
    mutationFn: (delegationId: string) =>
      apiRequest<void>(`/api/plans/${planId}/delegations/${encodeURIComponent(delegationId)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
