import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { CurrentUser } from '@/types/api';
import { meQueryKey, toCurrentUser } from './get-me';

export interface Credentials {
  username: string;
  password: string;
}

/** POST /login as an HTML form; the answer is the signed-in user, as GET /api/me gives it. */
export async function signIn({ username, password }: Credentials): Promise<CurrentUser> {
  const user = await apiRequest<CurrentUser>('/login', {
    method: 'POST',
    body: new URLSearchParams({ username, password }),
  });
  return toCurrentUser(user);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => queryClient.setQueryData(meQueryKey, user),
  });
}
