import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { FeedToken } from '../types';

/** POST /api/me/feed-token: a new token; any earlier one stops working at once. */
export function useIssueFeedToken() {
  return useMutation({
    mutationFn: () => apiRequest<FeedToken>('/api/me/feed-token', { method: 'POST' }),
  });
}

/** DELETE /api/me/feed-token: every feed address of this account stops working. */
export function useRevokeFeedToken() {
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/me/feed-token', { method: 'DELETE' }),
  });
}
