import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MovedEngagement } from '@/types/api';

/** A place as the plan's local time writes it: "2026-09-08 10:30". */
function localTime(start: string): string {
  return start.slice(0, 16).replace('T', ' ');
}

/**
 * The engagements a solve left away from their published place, each from where it was published to
 * where it is now: what the next Publish will withdraw and request anew.
 */
export function MovedList({
  moved,
  spaceName,
  onSelect,
}: {
  moved: MovedEngagement[];
  spaceName: (id: string) => string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (moved.length === 0) {
    return <Typography.Text type="secondary">{t('board.noneMoved')}</Typography.Text>;
  }
  return (
    <List
      size="small"
      dataSource={moved}
      data-testid="moved-list"
      renderItem={(item) => (
        <List.Item key={item.eventId}>
          <div>
            <Typography.Link onClick={() => onSelect(item.eventId)}>{item.title ?? item.eventId}</Typography.Link>
            <div>
              <Typography.Text type="secondary">
                {t('board.movedFromTo', {
                  from: `${spaceName(item.from.spaceId)} ${localTime(item.from.start)}`,
                  to: item.to
                    ? `${spaceName(item.to.spaceId)} ${localTime(item.to.start)}`
                    : t('board.movedUnscheduled'),
                })}
              </Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
