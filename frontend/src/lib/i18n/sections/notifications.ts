import type { Strings } from '../strings';

/** The notifications screens' strings; en.ts and zh.ts take them in under `notifications`. */
const notificationsEn = {
  title: 'Notifications',
};

export const notifications = {
  en: notificationsEn,
  zh: {
    title: '通知',
  } satisfies Strings<typeof notificationsEn>,
};
