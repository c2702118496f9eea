import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { components } from '@/types/generated/openapi';

type Schemas = components['schemas'];

export type CatalogueDifference = Schemas['CatalogueDifference'];

/** POST /api/plans/import: the new plan and where the document differs from the catalogue. */
export type ImportResult = Schemas['ImportResponse'];

export function useImportPlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) =>
      apiRequest<ImportResult>('/api/plans/import', { method: 'POST', body: document as object }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** PUT /api/plans/{id}/solution: the document's assignment becomes the plan's. */
export function useImportSolution(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (document: unknown) =>
      apiRequest<unknown>(`/api/plans/${planId}/solution`, { method: 'PUT', body: document as object }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
