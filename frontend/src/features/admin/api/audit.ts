import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page } from '@/types/api';
import type { AuditEntry, AuditFilter } from './types';

/** GET /api/audit: newest first, filtered, one page at a time. */
export function useAudit(filter: AuditFilter, page: number, size: number) {
  return useQuery({
    queryKey: ['audit', filter, page, size],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(filter)) {
        if (value) params.set(key, value);
      }
      params.set('page', String(page));
      params.set('size', String(size));
      return apiRequest<Page<AuditEntry>>(`/api/audit?${params.toString()}`, { signal });
    },
    placeholderData: keepPreviousData,
  });
}
