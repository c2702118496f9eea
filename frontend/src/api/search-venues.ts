import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { Page, VenueSummary } from '@/types/api';

/** The catalogue's filters (GET /api/venues); empty values are left out of the request. */
export interface VenueFilters {
  q?: string;
  type?: string;
  district?: string;
  grade?: string;
  layout?: string;
  capacity?: number;
  feature?: string;
  incomplete?: boolean;
  /** The shared catalogue (the default), the venues imported plans brought and still own, or both. */
  scope?: 'CATALOGUE' | 'IMPORTED' | 'ALL';
}

/** The whole catalogue fits one page (456 reception sites and more), which the map needs anyway. */
const PAGE_SIZE = 1000;

export function venueSearchParams(filters: VenueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && value !== false && value !== null) {
      params.set(key, String(value));
    }
  }
  // A capacity means nothing without the layout it is counted in.
  if (!params.has('layout')) {
    params.delete('capacity');
  }
  params.set('size', String(PAGE_SIZE));
  params.set('sort', 'nameEn');
  return params;
}

export function searchVenues(filters: VenueFilters, signal?: AbortSignal): Promise<Page<VenueSummary>> {
  return apiRequest<Page<VenueSummary>>(`/api/venues?${venueSearchParams(filters).toString()}`, { signal });
}

export function useVenueSearch(filters: VenueFilters) {
  return useQuery({
    queryKey: ['venues', 'search', filters],
    queryFn: ({ signal }) => searchVenues(filters, signal),
    placeholderData: keepPreviousData,
  });
}
