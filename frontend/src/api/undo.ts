import { apiRequest } from '@/lib/api-client';
import type { components } from '@/types/generated/openapi';

/** The signed-in user's last change that may still be undone (GET …/undo). */
export type UndoStep = components['schemas']['UndoStepResponse'];

/** Where a change is undone: a plan's moves, pins and imports, or the user's booking answers. */
export type UndoScope = { kind: 'plan'; planId: number } | { kind: 'bookings' };

function undoPath(scope: UndoScope): string {
  return scope.kind === 'plan' ? `/api/plans/${scope.planId}/undo` : '/api/bookings/answers/undo';
}

export function getUndoStep(scope: UndoScope): Promise<UndoStep> {
  return apiRequest<UndoStep>(undoPath(scope));
}

/** Takes back the step the person was offered; 409 when anything changed since, and never a newer step. */
export function undoStep(scope: UndoScope, step: number): Promise<unknown> {
  return apiRequest<unknown>(undoPath(scope), { method: 'POST', body: { step } });
}
