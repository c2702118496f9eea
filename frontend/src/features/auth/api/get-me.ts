import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import { isLanguage } from '@/lib/i18n';
import type { CurrentUser } from '@/types/api';

export const meQueryKey = ['me'] as const;

/** Who is signed in, or null when nobody is (the backend answers 401). */
export async function getMe(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return toCurrentUser(await apiRequest<CurrentUser>('/api/me', { signal }));
  } catch (error) {
    if (isApiError(error, 401)) {
      return null;
    }
    throw error;
  }
}

/** The /api/me body as the UI relies on it: an unknown language as none. */
export function toCurrentUser(body: CurrentUser): CurrentUser {
  return { ...body, language: isLanguage(body.language) ? body.language : null };
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });

export function useMe() {
  return useQuery(meQueryOptions());
}
