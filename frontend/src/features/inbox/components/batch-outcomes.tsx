import { Alert, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countByResult, outcomesInOrder } from '../lib/batch';
import type { BatchAnswer, BatchOutcome, BatchResult } from '../types';

/** The app's own tag colours (index.css), which keep 4.5:1; antd's presets do not. */
const TAG: Record<BatchResult, string> = {
  ANSWERED: 'tag-confirmed',
  CONFLICT: 'tag-hard',
  STALE: 'tag-medium',
  REFUSED: 'tag-hard',
  FORBIDDEN: 'tag-hard',
  NOT_FOUND: 'tag-neutral',
  FAILED: 'tag-hard',
};

/** What became of one booking of a batch, in the reader's language. */
export function useOutcomeText() {
  const { t } = useTranslation();
  return (outcome: BatchOutcome, answer: BatchAnswer['answer']): string => {
    switch (outcome.result) {
      case 'ANSWERED':
        return t(answer === 'confirm' ? 'inbox.batch.result.confirmed' : 'inbox.batch.result.declined');
      case 'CONFLICT':
        return outcome.conflictingBookingId != null
          ? t('inbox.batch.result.conflictWith', { other: outcome.conflictingBookingId })
          : t('inbox.batch.result.conflict');
      case 'STALE':
        return outcome.booking
          ? t('inbox.batch.result.staleNow', { status: t(`inbox.status.${outcome.booking.status}`) })
          : t('inbox.batch.result.stale');
      default:
        return t(`inbox.batch.result.${outcome.result}`);
    }
  };
}

export interface BatchOutcomesProps {
  result: BatchAnswer;
  /** The space and venue of a booking, as the cards name them; null when the booking is not shown. */
  placeOf: (outcome: BatchOutcome) => string | null;
  onClose: () => void;
}

/**
 * The outcome of every booking of the last batch answer, refusals first: how many were answered, and for
 * each the result (confirmed, refused as a clash, stale ...). It stays until closed, also after the
 * answered requests have left the list.
 */
export function BatchOutcomes({ result, placeOf, onClose }: BatchOutcomesProps) {
  const { t } = useTranslation();
  const text = useOutcomeText();
  const counts = countByResult(result.outcomes);
  const total = result.outcomes.length;
  return (
    <Alert
      className="inbox-batch-outcomes"
      type={result.refused === 0 ? 'success' : 'warning'}
      showIcon
      closable={{ onClose, 'aria-label': t('notifications.close') }}
      data-testid="batch-outcomes"
      title={
        result.refused === 0
          ? t(result.answer === 'confirm' ? 'inbox.batch.allConfirmed' : 'inbox.batch.allDeclined', { total })
          : t(result.answer === 'confirm' ? 'inbox.batch.someConfirmed' : 'inbox.batch.someDeclined', {
              answered: counts.ANSWERED ?? 0,
              total,
              refused: result.refused,
            })
      }
      description={
        <List<BatchOutcome>
          size="small"
          dataSource={outcomesInOrder(result.outcomes)}
          renderItem={(outcome) => (
            <List.Item
              key={outcome.id}
              data-testid={`batch-outcome-${outcome.id}`}
              data-result={outcome.result}
              style={{ paddingInline: 0 }}
            >
              <Typography.Text>
                {t('inbox.requests.booking', { id: outcome.id })}
                {placeOf(outcome) && <Typography.Text type="secondary"> · {placeOf(outcome)}</Typography.Text>}
              </Typography.Text>
              <Tag className={TAG[outcome.result]} style={{ whiteSpace: 'normal' }}>
                {text(outcome, result.answer)}
              </Tag>
            </List.Item>
          )}
        />
      }
    />
  );
}
