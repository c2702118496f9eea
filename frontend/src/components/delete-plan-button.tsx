import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiRequest, isApiError } from '@/lib/api-client';
import { allows } from '@/lib/allowed-actions';
import { errorMessage } from '@/lib/errors';
import type { Plan } from '@/types/api';

/**
 * Deletes a live plan or a scenario after a confirm dialog naming it and what goes with it. The server refuses a
 * plan whose bookings venues count on (409 with `standingBookings`); that is said in the person's words.
 * Shown only where the plan's `allowedActions` has "delete".
 */
export function DeletePlanButton({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => apiRequest<void>(`/api/plans/${plan.id}`, { method: 'DELETE' }),
    onSettled: () => void client.invalidateQueries({ queryKey: ['plans'] }),
  });
  if (!allows(plan, 'delete')) return null;
  const live = plan.kind === 'LIVE';

  const refusal = (error: unknown) => {
    const standing = isApiError(error, 409) ? error.problem.standingBookings : undefined;
    return typeof standing === 'number'
      ? t('undo.delete.standing', { name: plan.name, count: standing })
      : t('undo.delete.failed', { name: plan.name, detail: errorMessage(error, t, t('errors.unexpected')) });
  };

  const ask = () =>
    modal.confirm({
      title: t(live ? 'undo.delete.titleLive' : 'undo.delete.titleScenario', { name: plan.name }),
      content: t(live ? 'undo.delete.live' : 'undo.delete.scenario'),
      okText: t('undo.delete.confirm'),
      cancelText: t('undo.delete.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'delete-plan-confirm' } as ButtonProps,
      onOk: () =>
        remove.mutateAsync().then(
          () => void message.success(t('undo.delete.deleted', { name: plan.name })),
          (error: unknown) => {
            modal.error({ title: refusal(error), okText: t('undo.delete.understood') });
          },
        ),
    });

  return (
    <Button
      size="small"
      danger
      onClick={ask}
      aria-label={t('undo.delete.label', { name: plan.name })}
      data-testid={`delete-plan-${plan.id}`}
    >
      {t('undo.delete.button')}
    </Button>
  );
}
