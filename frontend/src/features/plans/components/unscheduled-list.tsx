import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnscheduledEngagement } from '@/types/api';
import { ruleName } from '../lib/rule-name';

/** The engagements left out, each with the hard rules that removed its candidate places. */
export function UnscheduledList({
  unscheduled,
  onSelect,
}: {
  unscheduled: UnscheduledEngagement[];
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (unscheduled.length === 0) {
    return <Typography.Text type="secondary">{t('board.noneUnscheduled')}</Typography.Text>;
  }
  return (
    <List
      size="small"
      dataSource={unscheduled}
      data-testid="unscheduled-list"
      renderItem={(item) => (
        <List.Item key={item.id}>
          <div>
            <Typography.Link onClick={() => onSelect(item.id)}>{item.title}</Typography.Link>
            <div>
              <Typography.Text type="secondary">
                {t('explain.unscheduledHead', {
                  priority: item.priority,
                  left: item.candidatesLeft,
                  candidates: item.candidates,
                })}
              </Typography.Text>
            </div>
            <ul className="board-reasons">
              {item.ruledOut
                .filter((reason) => reason.candidatesRemoved > 0)
                .map((reason) => (
                  <li key={reason.constraint}>
                    {t('explain.ruledOut', { rule: ruleName(reason.constraint, t), count: reason.candidatesRemoved })}
                  </li>
                ))}
            </ul>
          </div>
        </List.Item>
      )}
    />
  );
}
