import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Drawer, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadError, Loading } from '@/components/query-state';
import { formatBeijing } from '@/lib/datetime';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { UserAction } from '@/types/api';
import { bookingPlanId, useMarkRead, useNotifications, useUnreadCount } from '../api/notifications';
import { notificationTarget } from '../lib/notification-target';
import { wordNotification } from '../lib/notification-wording';
import type { Notification } from '../types';

/**
 * The bell in the header: how many notifications are unread, and the list of the newest. Each
 * leads to what it is about (opening it marks it read) or is marked read by itself.
 */
export function NotificationBell({ actions }: { actions: readonly UserAction[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const count = unread.data ?? 0;

  return (
    <>
      {/* Darker than antd's error red, whose white digits do not reach the contrast AA asks for. */}
      <Badge count={count} size="small" offset={[-4, 4]} color="#a8071a">
        <Button
          shape="circle"
          icon={<BellOutlined />}
          aria-label={t('notifications.bell', { count })}
          aria-haspopup="dialog"
          data-testid="notification-bell"
          onClick={() => setOpen(true)}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        size={440}
        rootClassName="notifications-drawer"
        closable={{ 'aria-label': t('notifications.close') }}
        destroyOnHidden
      >
        {open && <NotificationList actions={actions} onLeave={() => setOpen(false)} />}
      </Drawer>
    </>
  );
}

function NotificationList({ actions, onLeave }: { actions: readonly UserAction[]; onLeave: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const language = currentLanguage();
  const list = useNotifications(true);
  const markRead = useMarkRead();

  if (list.error) return <LoadError error={list.error} />;
  if (!list.data) return <Loading />;
  if (list.data.content.length === 0) return <Empty description={t('notifications.empty')} />;

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

  const { totalElements } = list.data;
  return (
    <>
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
                    {!notification.read && <Tag color="red">{t('notifications.unread')}</Tag>}
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
      {totalElements > list.data.content.length && (
        <Typography.Paragraph type="secondary">
          {t('notifications.newest', { shown: list.data.content.length, total: totalElements })}
        </Typography.Paragraph>
      )}
    </>
  );
}
