import type { Strings } from '../strings';

/** The delegations screens' strings; en.ts and zh.ts take them in under `delegations`. */
const delegationsEn = {
  title: 'Delegations',
};

export const delegations = {
  en: delegationsEn,
  zh: {
    title: '代表团',
  } satisfies Strings<typeof delegationsEn>,
};
