import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page, Plan } from '@/types/api';

export const plansQueryKey = ['plans'] as const;

/** Live plans and scenarios, newest first; one page is plenty for the plans an office keeps. */
export function getPlans(signal?: AbortSignal): Promise<Page<Plan>> {
  return apiRequest<Page<Plan>>('/api/plans?size=100', { signal });
}

export function usePlans() {
  return useQuery(queryOptions({ queryKey: plansQueryKey, queryFn: ({ signal }) => getPlans(signal) }));
}
