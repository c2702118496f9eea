import type { Strings } from '../strings';

/** The overview (the first screen after signing in); en.ts and zh.ts take these strings in under `overview`. */
const overviewEn = {
  title: 'Overview',
  displayName: 'Name',
  username: 'Username',
  roles: 'Role',
  managedVenues: 'Venues you manage',
  noManagedVenues: 'None assigned yet',
  beijingTime: 'Beijing time',
};

export const overview = {
  en: overviewEn,
  zh: {
    title: '概览',
    displayName: '姓名',
    username: '用户名',
    roles: '角色',
    managedVenues: '您负责的场馆',
    noManagedVenues: '尚未分配',
    beijingTime: '北京时间',
  } satisfies Strings<typeof overviewEn>,
};
