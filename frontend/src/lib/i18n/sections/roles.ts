import type { Strings } from '../strings';

/** The roles, as the menu and the accounts name them; en.ts and zh.ts take these strings in under `roles`. */
const rolesEn = {
  PROTOCOL_OFFICER: 'Protocol officer',
  VENUE_MANAGER: 'Venue manager',
  PLANNER: 'Planner',
  ADMIN: 'Administrator',
};

export const roles = {
  en: rolesEn,
  zh: {
    PROTOCOL_OFFICER: '礼宾官员',
    VENUE_MANAGER: '场馆负责人',
    PLANNER: '规划人员',
    ADMIN: '系统管理员',
  } satisfies Strings<typeof rolesEn>,
};
