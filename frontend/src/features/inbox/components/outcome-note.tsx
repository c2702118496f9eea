import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchAnswer, BatchOutcome } from '../types';
import { useOutcomeText } from './batch-outcomes';

/** On a request's card: why the last batch answer left it unanswered. */
export function OutcomeNote({
  outcome,
  answer,
  onClose,
}: {
  outcome: BatchOutcome;
  answer: BatchAnswer['answer'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const text = useOutcomeText();
  return (
    <Alert
      type={outcome.result === 'STALE' ? 'warning' : 'error'}
      showIcon
      role="alert"
      closable={{ onClose, 'aria-label': t('notifications.close') }}
      data-testid={`answer-outcome-${outcome.id}`}
      data-result={outcome.result}
      title={text(outcome, answer)}
      description={outcome.detail ?? undefined}
      style={{ marginBottom: 8 }}
    />
  );
}
