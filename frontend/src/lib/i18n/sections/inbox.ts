import type { Strings } from '../strings';

/** The bookings inbox screens' strings; en.ts and zh.ts take them in under `inbox`. */
const inboxEn = {
  title: 'Bookings inbox',
};

export const inbox = {
  en: inboxEn,
  zh: {
    title: '预订收件箱',
  } satisfies Strings<typeof inboxEn>,
};
