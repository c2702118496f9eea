import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Plan } from '@/types/api';

export const planQueryKey = (planId: number) => ['plans', planId] as const;

export function getPlan(planId: number, signal?: AbortSignal): Promise<Plan> {
  return apiRequest<Plan>(`/api/plans/${planId}`, { signal });
}

export function usePlan(planId: number) {
  return useQuery({ queryKey: planQueryKey(planId), queryFn: ({ signal }) => getPlan(planId, signal) });
}
