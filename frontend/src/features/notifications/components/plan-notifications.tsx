import { App, Button, List, Pagination, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadError, Loading } from '@/components/query-state';
import { formatBeijing } from '@/lib/datetime';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { UserAction } from '@/types/api';
import {
  bookingPlanId,
  NOTICES_PER_PAGE,
  useMarkAllRead,
  useMarkRead,
  usePlanNotifications,
} from '../api/notifications';
import { notificationTarget } from '../lib/notification-target';
import { wordNotification } from '../lib/notification-wording';
import type { Notification, NotificationGroup } from '../types';

export interface PlanNotificationsProps {
  group: NotificationGroup;
  unreadOnly: boolean;
  actions: readonly UserAction[];
  onLeave: () => void;
}

/**
 * One plan's notices, newest first, a page at a time. Each leads to what it is about (opening it marks it
 * read) or is marked read by itself; the plan's are marked read at once.
 */
export function PlanNotifications({ group, unreadOnly, actions, onLeave }: PlanNotificationsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const language = currentLanguage();
  const [page, setPage] = useState(1);
  const list = usePlanNotifications(group.planId, unreadOnly, page);
  const markRead = useMarkRead();
  const markPlan = useMarkAllRead();

  if (list.error) return <LoadError error={list.error} />;
  if (!list.data) return <Loading />;

  const openIt = async (notification: Notification) => {
    if (!notification.read) markRead.mutate(notification.id);
    const target = notificationTarget(notification, actions);
    try {
      const path = target && ('path' in target ? target.path : `/plans/${await bookingPlanId(target.bookingOfPlan)}`);
      if (!path) throw new Error('nowhere');
      onLeave();
      void navigate(path);
    } catch (error) {
      void message.error(errorMessage(error, t, t('notifications.openFailed')));
    }
  };
  const readPlan = () =>
    markPlan.mutate(
      { plan: group.planId },
      {
        onSuccess: ({ marked }) => void message.success(t('notifications.markedRead', { count: marked })),
        onError: (error) => void message.error(errorMessage(error, t, t('notifications.markFailed'))),
      },
    );

  return (
    <>
      {group.unread > 0 && (
        <Button size="small" onClick={readPlan} loading={markPlan.isPending} data-testid="notifications-read-plan">
          {t('notifications.markPlanRead')}
        </Button>
      )}
      <List<Notification>
        dataSource={list.data.content}
        data-testid="notification-list"
        renderItem={(notification) => {
          const { key, params } = wordNotification(notification);
          const where = notificationTarget(notification, actions);
          return (
            <List.Item
              key={notification.id}
              data-testid={`notification-${notification.id}`}
              data-kind={notification.kind}
              actions={[
                where && (
                  <Button
                    key="open"
                    type="link"
                    onClick={() => void openIt(notification)}
                    data-testid="notification-open"
                  >
                    {t('notifications.open')}
                  </Button>
                ),
                !notification.read && (
                  <Button key="read" type="link" onClick={() => markRead.mutate(notification.id)}>
                    {t('notifications.markRead')}
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Space size={4} wrap>
                    {!notification.read && <Tag className="tag-hard">{t('notifications.unread')}</Tag>}
                    <Typography.Text strong={!notification.read}>
                      {t(`notifications.kind.${key}`, params)}
                    </Typography.Text>
                  </Space>
                }
                description={
                  <>
                    <time dateTime={notification.createdAt}>{formatBeijing(notification.createdAt, language)}</time>
                    {params.reason && <div>{t('notifications.reason', { reason: params.reason })}</div>}
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
      {list.data.totalElements > NOTICES_PER_PAGE && (
        <Pagination
          size="small"
          current={page}
          pageSize={NOTICES_PER_PAGE}
          total={list.data.totalElements}
          showSizeChanger={false}
          showTotal={(total, [from, to]) => t('notifications.shown', { from, to, total })}
          onChange={setPage}
        />
      )}
    </>
  );
}
