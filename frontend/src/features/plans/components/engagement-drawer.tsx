import { App, Button, Descriptions, Drawer, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import type { Engagement } from '@/types/api';
import { useUpdateAssignment } from '../api/update-assignment';
import type { BookingState } from '../lib/board-rows';

export interface EngagementDrawerProps {
  planId: number;
  engagement: Engagement | undefined;
  spaceName: (spaceId: string) => string;
  delegationName: (delegationId: string) => string;
  canEdit: boolean;
  /** The venue's answer to the booking for where the engagement is now, if it was published. */
  booking: BookingState | undefined;
  onClose: () => void;
}

/** One engagement: what it is, where it is, and pin, unpin or unschedule it. */
export function EngagementDrawer({ planId, engagement, spaceName, delegationName, canEdit, booking, onClose }: EngagementDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAssignment(planId);

  const change = (pinned: boolean | undefined, unschedule = false) => {
    if (!engagement) return;
    update.mutate(
      unschedule
        ? { eventId: engagement.id, spaceId: undefined, start: undefined, pinned: false, version: engagement.version }
        : { eventId: engagement.id, spaceId: engagement.assignment?.spaceId, start: engagement.assignment?.start, pinned, version: engagement.version },
      {
        onSuccess: () => void message.success(t('board.saved')),
        onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
      },
    );
  };

  const placed = !!engagement?.assignment?.spaceId;
  return (
    <Drawer open={!!engagement} onClose={onClose} title={t('board.details')} size="large" destroyOnHidden>
      {engagement && (
        <div data-testid="engagement-details">
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'title', label: t('board.engagement'), children: engagement.title },
              { key: 'type', label: t('venues.type'), children: t(`enums.eventType.${engagement.type}`) },
              {
                key: 'where',
                label: t('board.space'),
                children: placed ? spaceName(engagement.assignment!.spaceId!) : t('board.notPlaced'),
              },
              { key: 'start', label: t('board.start'), children: engagement.assignment?.start?.replace('T', ' ') ?? '-' },
              { key: 'duration', label: t('board.durationLabel'), children: t('board.duration', { minutes: engagement.durationMinutes }) },
              { key: 'headcount', label: t('board.headcountLabel'), children: t('board.headcount', { count: engagement.headcount }) },
              { key: 'delegations', label: t('board.attending'), children: engagement.delegations.map(delegationName).join(', ') },
            ]}
          />
          <Space wrap className="board-drawer-state">
            {engagement.pinned && <Tag className="tag-pinned">{t('board.pinned')}</Tag>}
            {booking && <Tag className={`tag-${booking.toLowerCase()}`}>{t(booking === 'CONFIRMED' ? 'board.confirmed' : 'board.requested')}</Tag>}
          </Space>
          {canEdit && placed && (
            <Space wrap>
              {engagement.pinned ? (
                <Button onClick={() => change(false)} loading={update.isPending}>
                  {t('board.unpin')}
                </Button>
              ) : (
                <Button type="primary" onClick={() => change(true)} loading={update.isPending}>
                  {t('board.pin')}
                </Button>
              )}
              <Button danger onClick={() => change(false, true)} disabled={!!engagement.pinned} loading={update.isPending}>
                {t('board.unschedule')}
              </Button>
            </Space>
          )}
        </div>
      )}
    </Drawer>
  );
}
