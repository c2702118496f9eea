import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Engagement, Page } from '@/types/api';

export const engagementsQueryKey = (planId: number) => ['plans', planId, 'engagements'] as const;

/** The board shows every engagement at once: one page as large as the API allows. */
const ALL = 2000;

export async function getEngagements(planId: number, signal?: AbortSignal): Promise<Engagement[]> {
  const page = await apiRequest<Page<Engagement>>(`/api/plans/${planId}/engagements?size=${ALL}`, { signal });
  return page.content;
}

export function useEngagements(planId: number) {
  return useQuery({ queryKey: engagementsQueryKey(planId), queryFn: ({ signal }) => getEngagements(planId, signal) });
}
