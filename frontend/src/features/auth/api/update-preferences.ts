import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { CurrentUser, PreferencesUpdate } from '@/types/api';
import { meQueryKey, toCurrentUser } from './get-me';

/** PUT /api/me/preferences: the signed-in user's language, remembered by the backend. */
export async function updatePreferences(update: PreferencesUpdate): Promise<CurrentUser> {
  return toCurrentUser(await apiRequest<CurrentUser>('/api/me/preferences', { method: 'PUT', body: update }));
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
