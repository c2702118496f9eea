import type { Strings } from '../strings';

/** The menu; en.ts and zh.ts take these strings in under `nav`. */
const navEn = {
  overview: 'Overview',
  plans: 'Plans',
  plansAndScenarios: 'Plans and scenarios',
  venues: 'Venues',
  bookingsInbox: 'Bookings inbox',
  accounts: 'Accounts',
  audit: 'Audit log',
};

export const nav = {
  en: navEn,
  zh: {
    overview: '概览',
    plans: '活动方案',
    plansAndScenarios: '活动方案与推演预案',
    venues: '场馆',
    bookingsInbox: '场地预订待办',
    accounts: '账户管理',
    audit: '审计日志',
  } satisfies Strings<typeof navEn>,
};
