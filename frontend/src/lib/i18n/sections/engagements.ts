import type { Strings } from '../strings';

/** The engagements screens' strings; en.ts and zh.ts take them in under `engagements`. */
const engagementsEn = {
  title: 'Engagements',
};

export const engagements = {
  en: engagementsEn,
  zh: {
    title: '活动',
  } satisfies Strings<typeof engagementsEn>,
};
