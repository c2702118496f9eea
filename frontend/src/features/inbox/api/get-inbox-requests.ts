import { useMemo } from 'react';
import type { Booking } from '../types';
import { useBookings } from './get-bookings';

export interface InboxAudience {
  /** A venue manager: the requests of their own venues. */
  manager: boolean;
  /** A protocol officer or an administrator: the requests of venues without managers. */
  officer: boolean;
  managedVenueIds: readonly string[];
}

/**
 * The requests waiting for this reader's answer. A manager's own venues' requests (the API lists
 * only those to a manager; one who is an officer too reads every managed venue's, so the list
 * keeps their own), and for officers the requests of venues without managers (`managed=false`).
 */
export function useInboxRequests({ manager, officer, managedVenueIds }: InboxAudience): {
  data?: Booking[];
  error: unknown;
} {
  const own = useBookings('REQUESTED', officer ? { managed: true } : {}, manager);
  const unmanaged = useBookings('REQUESTED', { managed: false }, officer);
  // On the results' data and errors, which keep their identity between reads that change nothing.
  const ownData = own.data;
  const ownError = own.error;
  const unmanagedData = unmanaged.data;
  const unmanagedError = unmanaged.error;
  return useMemo(() => {
    const parts = [
      ...(manager ? [{ data: ownData, error: ownError }] : []),
      ...(officer ? [{ data: unmanagedData, error: unmanagedError }] : []),
    ];
    const error = parts.find((part) => part.error)?.error ?? null;
    if (parts.some((part) => !part.data)) return { data: undefined, error };
    const mine = manager
      ? (ownData ?? []).filter((booking) => !officer || managedVenueIds.includes(booking.venueId))
      : [];
    return { data: [...mine, ...(officer ? (unmanagedData ?? []) : [])], error };
  }, [manager, officer, managedVenueIds, ownData, ownError, unmanagedData, unmanagedError]);
}
