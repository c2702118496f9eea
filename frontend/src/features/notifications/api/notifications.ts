import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page } from '@/types/api';
import type { Notification } from '../types';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** The unread count in the header, read every half minute (and again after any answer). */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: ({ signal }) => apiRequest<{ count: number }>('/api/notifications/unread-count', { signal }),
    refetchInterval: 30_000,
    staleTime: 0,
    select: (answer) => answer.count,
  });
}

export const SHOWN = 30;

/** My newest notifications, read while the list is open. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list'],
    queryFn: ({ signal }) => apiRequest<Page<Notification>>(`/api/notifications?size=${SHOWN}`, { signal }),
    enabled,
    staleTime: 0,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<Notification>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSettled: () => void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/** The plan a booking belongs to, to open that plan's board. */
export function bookingPlanId(bookingId: number): Promise<number> {
  return apiRequest<{ planId: number }>(`/api/bookings/${bookingId}`).then((booking) => booking.planId);
}
