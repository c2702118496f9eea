import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';

/**
 * Why an answer was refused, next to the booking it concerns. A 409 (the space is already
 * confirmed to another booking at that time, or the booking moved on) is named a clash.
 */
export function AnswerError({ bookingId, error, onClose }: { bookingId: number; error: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose, 'aria-label': t('notifications.close') }}
      role="alert"
      data-testid={`answer-error-${bookingId}`}
      title={t(isApiError(error, 409) ? 'inbox.actions.conflict' : 'inbox.actions.refused', { id: bookingId })}
      description={errorMessage(error, t, t('inbox.actions.failed'))}
    />
  );
}
