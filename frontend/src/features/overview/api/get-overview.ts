import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Overview } from '../types';

/** GET /api/overview, read again every minute while the start page is open. */
export function useOverview() {
  return useQuery({
    queryKey: ['overview'],
    queryFn: ({ signal }) => apiRequest<Overview>('/api/overview', { signal }),
    refetchInterval: 60_000,
    staleTime: 0,
  });
}
