import { useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getUndoStep, undoStep, type UndoScope, type UndoStep } from '@/api/undo';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';

const OFFER_SECONDS = 12;

function minutesLeft(step: UndoStep): number {
  return Math.max(1, Math.round((Date.parse(step.expiresAt) - Date.parse(step.createdAt)) / 60000));
}

/**
 * The Undo offer after a change that may be taken back: a toast naming the change with an Undo button. The step
 * offered is the server's (GET …/undo), and the undo names it, so that a newer change is never taken back
 * unseen; whatever changed since is refused by the server and said so here.
 */
export function useUndoOffer() {
  const { t } = useTranslation();
  const { notification, message } = App.useApp();
  const client = useQueryClient();

  const undo = useCallback(
    async (scope: UndoScope, step: UndoStep) => {
      try {
        await undoStep(scope, step.step);
        void message.success(t('undo.undone'));
      } catch (error) {
        if (isApiError(error, 409)) void message.error(t('undo.changedSince'));
        else if (isApiError(error, 404)) void message.warning(t('undo.gone'));
        else void message.error(t('undo.refused', { detail: errorMessage(error, t, t('errors.unexpected')) }));
      } finally {
        void client.invalidateQueries({ queryKey: scope.kind === 'plan' ? ['plans', scope.planId] : ['plans'] });
        if (scope.kind === 'bookings') {
          void client.invalidateQueries({ queryKey: ['bookings'] });
          void client.invalidateQueries({ queryKey: ['notifications'] });
        }
      }
    },
    [client, message, t],
  );

  /** Offers the user's last change of `scope` for undo; offers nothing when the server has none. */
  const offer = useCallback(
    async (scope: UndoScope) => {
      let step: UndoStep;
      try {
        step = await getUndoStep(scope);
      } catch {
        return;
      }
      const key = `undo-${step.step}`;
      notification.open({
        key,
        title: t(`undo.done.${step.kind as 'MOVE' | 'PIN' | 'IMPORT' | 'ANSWER'}`),
        description: t(scope.kind === 'bookings' ? 'undo.withinAnswer' : 'undo.within', {
          minutes: minutesLeft(step),
        }),
        duration: OFFER_SECONDS,
        placement: 'bottomRight',
        actions: (
          <Button
            type="primary"
            size="small"
            data-testid="undo-offer"
            onClick={() => {
              notification.destroy(key);
              void undo(scope, step);
            }}
          >
            {t('undo.button')}
          </Button>
        ),
      });
    },
    [notification, t, undo],
  );

  /** Undoes the user's last change of `scope` when it is of one of `kinds` (the board's Ctrl+Z: moves and pins). */
  const undoLast = useCallback(
    async (scope: UndoScope, kinds: string[]) => {
      let step: UndoStep | undefined;
      try {
        step = await getUndoStep(scope);
      } catch {
        step = undefined;
      }
      if (!step || !kinds.includes(step.kind)) {
        void message.info(t('undo.nothing'));
        return;
      }
      await undo(scope, step);
    },
    [message, t, undo],
  );

  return { offer, undoLast };
}
