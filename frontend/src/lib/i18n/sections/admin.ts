import type { Strings } from '../strings';

/** The administration screens' strings; en.ts and zh.ts take them in under `admin`. */
const adminEn = {
  title: 'Administration',
};

export const admin = {
  en: adminEn,
  zh: {
    title: '系统管理',
  } satisfies Strings<typeof adminEn>,
};
