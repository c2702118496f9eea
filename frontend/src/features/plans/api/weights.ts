import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { WeightsRequest, WeightsResponse } from '@/types/api';

export const weightsQueryKey = (planId: number) => ['plans', planId, 'weights'] as const;

export function useWeights(planId: number) {
  return useQuery({
    queryKey: weightsQueryKey(planId),
    queryFn: ({ signal }) => apiRequest<WeightsResponse>(`/api/plans/${planId}/weights`, { signal }),
  });
}

/** Saves the soft weights with the version they were read at; the score changes with them. */
export function useUpdateWeights(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: WeightsRequest) =>
      apiRequest<WeightsResponse>(`/api/plans/${planId}/weights`, { method: 'PUT', body: request }),
    onSuccess: (weights) => client.setQueryData(weightsQueryKey(planId), weights),
    // Not awaited: the answer closes the dialog at once, and the board reloads behind it.
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
