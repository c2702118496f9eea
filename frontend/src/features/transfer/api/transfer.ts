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

/** POST /api/plans/{id}/solution/preview: what importing the document would change, nothing saved. */
export type ImportPreview = Schemas['ImportPreview'];

export function useSolutionPreview(planId: number) {
  return useMutation({
    mutationFn: (document: unknown) =>
      apiRequest<ImportPreview>(`/api/plans/${planId}/solution/preview`, { method: 'POST', body: document as object }),
  });
}

/**
 * PUT /api/plans/{id}/solution: the document's assignment becomes the plan's, provided the plan is still at the
 * revision the preview was made on (else 409: preview again).
 */
export function useImportSolution(planId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ document, revision }: { document: unknown; revision: number }) =>
      apiRequest<unknown>(`/api/plans/${planId}/solution?revision=${revision}`, {
        method: 'PUT',
        body: document as object,
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['plans', planId] }),
  });
}
