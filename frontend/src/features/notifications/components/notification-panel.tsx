import { App, Button, Collapse, Empty, Flex, Pagination, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { errorMessage } from '@/lib/errors';
import type { UserAction } from '@/types/api';
import { GROUPS_PER_PAGE, planParameter, useMarkAllRead, useNotificationGroups } from '../api/notifications';
import { PlanNotifications } from './plan-notifications';

export interface NotificationPanelProps {
  actions: readonly UserAction[];
  /** How many are unread, as the bell counts them. */
  unread: number;
  onLeave: () => void;
}

/**
 * Every notification, grouped by the plan it is about (the plan of the newest first), a page of plans at
 * a time; each plan opens on its notices, a page at a time. Unread ones only or all, and all marked read
 * at once: a summit's publish and its answers bring hundreds.
 */
export function NotificationPanel({ actions, unread, onLeave }: NotificationPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<string[] | null>(null);
  const groups = useNotificationGroups(unreadOnly, page);
  const markAll = useMarkAllRead();

  const readAll = () =>
    markAll.mutate('all', {
      onSuccess: ({ marked }) => void message.success(t('notifications.markedRead', { count: marked })),
      onError: (error) => void message.error(errorMessage(error, t, t('notifications.markFailed'))),
    });

  const content = groups.data?.content ?? [];
  const active = opened ?? content.slice(0, 1).map((group) => planParameter(group.planId));
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Segmented<'unread' | 'all'>
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => {
            setUnreadOnly(value === 'unread');
            setPage(1);
            setOpened(null);
          }}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
          aria-label={t('notifications.show')}
        />
        <Button
          onClick={readAll}
          disabled={unread === 0}
          loading={markAll.isPending}
          data-testid="notifications-read-all"
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {groups.error ? (
        <LoadError error={groups.error} />
      ) : !groups.data ? (
        <Loading />
      ) : content.length === 0 ? (
        <Empty description={t(unreadOnly ? 'notifications.noneUnread' : 'notifications.empty')} />
      ) : (
        <>
          <Collapse
            activeKey={active}
            onChange={(keys) => setOpened(Array.isArray(keys) ? keys : [keys])}
            data-testid="notification-groups"
            items={content.map((group) => {
              const key = planParameter(group.planId);
              return {
                key,
                label: (
                  <span data-testid={`notification-group-${key}`}>
                    <Typography.Text strong={group.unread > 0}>
                      {group.planName ?? t('notifications.noPlan')}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {t('notifications.groupCount', { unread: group.unread, total: group.total })}
                    </Typography.Text>
                  </span>
                ),
                children: (
                  <PlanNotifications group={group} unreadOnly={unreadOnly} actions={actions} onLeave={onLeave} />
                ),
              };
            })}
          />
          {groups.data.totalElements > GROUPS_PER_PAGE && (
            <Pagination
              size="small"
              current={page}
              pageSize={GROUPS_PER_PAGE}
              total={groups.data.totalElements}
              showSizeChanger={false}
              showTotal={(total, [from, to]) => t('notifications.plansShown', { from, to, total })}
              onChange={(next) => {
                setPage(next);
                setOpened(null);
              }}
            />
          )}
        </>
      )}
    </Flex>
  );
}
