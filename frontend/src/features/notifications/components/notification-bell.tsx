import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserAction } from '@/types/api';
import { useUnreadCount } from '../api/notifications';
import { NotificationPanel } from './notification-panel';

/**
 * The bell in the header: how many notifications are unread, and a drawer with all of them, grouped
 * by the plan they are about.
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
          icon={<BellOutlined aria-hidden />}
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
        size={480}
        rootClassName="notifications-drawer"
        closable={{ 'aria-label': t('notifications.close') }}
        destroyOnHidden
      >
        {open && <NotificationPanel actions={actions} unread={count} onLeave={() => setOpen(false)} />}
      </Drawer>
    </>
  );
}
