import type { Strings } from '../strings';

/** The notifications screens' strings; en.ts and zh.ts take them in under `notifications`. */
const notificationsEn = {
  title: 'Notifications',
  bell: 'Notifications, {{count}} unread',
  empty: 'No notifications.',
  unread: 'Unread',
  markRead: 'Mark as read',
  open: 'Open',
  openFailed: 'What this notification is about cannot be opened.',
  close: 'Close',
  newest: 'The newest {{shown}} of {{total}}.',
  kind: {
    BOOKINGS_REQUESTED: '{{count}} booking requests from plan “{{plan}}” for {{venue}}',
    BOOKINGS_WITHDRAWN: 'Booking requests for {{venue}} withdrawn: no answer needed',
    BOOKING_CONFIRMED: 'Booking {{id}} of plan “{{plan}}” confirmed',
    BOOKING_DECLINED: 'Booking {{id}} of plan “{{plan}}” declined',
    BOOKING_LAPSED: 'Booking {{id}} of plan “{{plan}}” lapsed unanswered',
    BOOKING_CANCELLED: 'Booking {{id}} of plan “{{plan}}” cancelled',
    REPLAN_NEEDED: 'Plan “{{plan}}” needs a re-plan: a booking was declined',
    other: 'Notice {{id}}',
  },
  reason: 'Reason: {{reason}}',
};

export const notifications = {
  en: notificationsEn,
  zh: {
    title: '通知',
    bell: '通知，{{count}} 条未读',
    empty: '暂无通知。',
    unread: '未读',
    markRead: '标为已读',
    open: '查看',
    openFailed: '无法打开该通知所涉及的内容。',
    close: '关闭',
    newest: '显示最新 {{shown}} 条，共 {{total}} 条。',
    kind: {
      BOOKINGS_REQUESTED: '活动方案“{{plan}}”向{{venue}}发出 {{count}} 个场地预订请求',
      BOOKINGS_WITHDRAWN: '{{venue}}的场地预订请求已撤回，无需答复',
      BOOKING_CONFIRMED: '活动方案“{{plan}}”的场地预订 {{id}} 已确认',
      BOOKING_DECLINED: '活动方案“{{plan}}”的场地预订 {{id}} 已婉拒',
      BOOKING_LAPSED: '活动方案“{{plan}}”的场地预订 {{id}} 未获答复，已逾期',
      BOOKING_CANCELLED: '活动方案“{{plan}}”的场地预订 {{id}} 已取消',
      REPLAN_NEEDED: '活动方案“{{plan}}”需要重新排期：有场地预订被婉拒',
      other: '通知 {{id}}',
    },
    reason: '原因：{{reason}}',
  } satisfies Strings<typeof notificationsEn>,
};
