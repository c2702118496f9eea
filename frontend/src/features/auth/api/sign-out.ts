import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import { meQueryKey } from './get-me';

/** POST /logout ends the session (204). A session that already ended counts as signed out. */
export async function signOut(): Promise<void> {
  try {
    await apiRequest<void>('/logout', { method: 'POST' });
  } catch (error) {
    if (!isApiError(error, 401)) {
      throw error;
    }
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // Nothing of the previous user stays in memory for the next one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
