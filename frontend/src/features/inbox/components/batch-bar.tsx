import { Button, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface BatchBarProps {
  /** Whether none, some or all of the page's answerable requests are selected. */
  page: 'none' | 'some' | 'all';
  /** How many answerable requests the page has. */
  pageCount: number;
  selected: number;
  pending: boolean;
  onPage: (checked: boolean) => void;
  onConfirm: () => void;
  onDecline: () => void;
  onClear: () => void;
}

/**
 * Answering many requests at once, as approvals queues do: select all of the page (or some, on their
 * cards), then confirm or decline the selection with one reason.
 */
export function BatchBar({ page, pageCount, selected, pending, onPage, onConfirm, onDecline, onClear }: BatchBarProps) {
  const { t } = useTranslation();
  return (
    <Flex className="inbox-batch" align="center" gap="middle" wrap data-testid="batch-bar">
      <Checkbox
        checked={page === 'all'}
        indeterminate={page === 'some'}
        disabled={pageCount === 0 || pending}
        onChange={(event) => onPage(event.target.checked)}
        data-testid="batch-select-page"
      >
        {t('inbox.batch.selectPage', { count: pageCount })}
      </Checkbox>
      <Typography.Text strong data-testid="batch-count">
        {t('inbox.batch.selected', { count: selected })}
      </Typography.Text>
      <Button
        type="primary"
        disabled={selected === 0}
        loading={pending}
        onClick={onConfirm}
        data-testid="batch-confirm"
      >
        {t('inbox.batch.confirm', { count: selected })}
      </Button>
      <Button disabled={selected === 0 || pending} onClick={onDecline} data-testid="batch-decline">
        {t('inbox.batch.decline', { count: selected })}
      </Button>
      {selected > 0 && (
        <Button type="link" disabled={pending} onClick={onClear}>
          {t('inbox.batch.clear')}
        </Button>
      )}
    </Flex>
  );
}
