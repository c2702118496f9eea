import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { SignInOptions } from '@/types/api';

/** GET /api/sign-in-options (public): whether and how the office directory signs people in. */
export const signInOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['sign-in-options'] as const,
    queryFn: ({ signal }) => apiRequest<SignInOptions>('/api/sign-in-options', { signal }),
    // A server setting: it changes only with a restart.
    staleTime: Infinity,
  });

export function useSignInOptions() {
  return useQuery(signInOptionsQueryOptions());
}
