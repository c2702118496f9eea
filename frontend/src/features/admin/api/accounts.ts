import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page } from '@/types/api';
import type { Account, AccountChange, NewAccount } from './types';

export const accountsQueryKey = ['accounts'] as const;

/**
 * Every account, by username. GET /api/accounts pages but has no search: an office has tens of
 * accounts, so the list reads them in one page and searches and pages them on screen.
 */
const ALL = 1000;

export function useAccounts() {
  return useQuery({
    queryKey: accountsQueryKey,
    queryFn: async ({ signal }) => (await apiRequest<Page<Account>>(`/api/accounts?size=${ALL}`, { signal })).content,
  });
}

function useAccountMutation<T>(request: (value: T) => Promise<Account>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => void client.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

export function useCreateAccount() {
  return useAccountMutation((account: NewAccount) =>
    apiRequest<Account>('/api/accounts', { method: 'POST', body: account }),
  );
}

export function useUpdateAccount() {
  return useAccountMutation(({ id, change }: { id: number; change: AccountChange }) =>
    apiRequest<Account>(`/api/accounts/${id}`, { method: 'PUT', body: change }),
  );
}

/** Disables or enables an account; the API refuses (409) to disable the last administrator. */
export function useSetEnabled() {
  return useAccountMutation(({ account, enabled }: { account: Account; enabled: boolean }) =>
    apiRequest<Account>(`/api/accounts/${account.id}/${enabled ? 'enable' : 'disable'}`, {
      method: 'POST',
      body: { version: account.version },
    }),
  );
}

export function useResetPassword() {
  return useAccountMutation(({ account, password }: { account: Account; password: string }) =>
    apiRequest<Account>(`/api/accounts/${account.id}/password-reset`, {
      method: 'POST',
      body: { password, version: account.version },
    }),
  );
}
