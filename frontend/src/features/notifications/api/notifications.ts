import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page } from '@/types/api';
import type { Notification, NotificationGroup } from '../types';

export const NOTIFICATIONS_KEY = ['notifications'] as const;

/** Plans on one page of the list, and notices on one page of a plan's. */
export const GROUPS_PER_PAGE = 10;
export const NOTICES_PER_PAGE = 10;

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

/** The `plan` parameter of the API for a group: its plan's id, or `none` for notices about no plan. */
export function planParameter(planId: number | null | undefined): string {
  return planId == null ? 'none' : String(planId);
}

/** My notices counted by plan, the plan of the newest first, a page (counted from 1) at a time. */
export function useNotificationGroups(unreadOnly: boolean, page: number) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'groups', unreadOnly, page],
    queryFn: ({ signal }) =>
      apiRequest<Page<NotificationGroup>>(
        `/api/notifications/plans?unread=${unreadOnly}&page=${page - 1}&size=${GROUPS_PER_PAGE}`,
        { signal },
      ),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

/** One plan's notices (or those about no plan), newest first, a page (counted from 1) at a time. */
export function usePlanNotifications(planId: number | null | undefined, unreadOnly: boolean, page: number) {
  const plan = planParameter(planId);
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', plan, unreadOnly, page],
    queryFn: ({ signal }) =>
      apiRequest<Page<Notification>>(
        `/api/notifications?plan=${plan}&unread=${unreadOnly}&page=${page - 1}&size=${NOTICES_PER_PAGE}`,
        { signal },
      ),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<Notification>(`/api/notifications/${id}/read`, { method: 'POST' }),
    onSettled: () => void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/** Marks all my unread notices read, or one plan's (`plan`: its id, or null for those about no plan). */
export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scope: { plan?: number | null } | 'all') =>
      apiRequest<{ marked: number }>(
        scope === 'all' ? '/api/notifications/read' : `/api/notifications/read?plan=${planParameter(scope.plan)}`,
        { method: 'POST' },
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

/** The plan a booking belongs to, to open that plan's board. */
export function bookingPlanId(bookingId: number): Promise<number> {
  return apiRequest<{ planId: number }>(`/api/bookings/${bookingId}`).then((booking) => booking.planId);
}
