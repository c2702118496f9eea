import type { Strings } from '../strings';

/** The scenarios screens' strings; en.ts and zh.ts take them in under `scenarios`. */
const scenariosEn = {
  title: 'Scenarios',
};

export const scenarios = {
  en: scenariosEn,
  zh: {
    title: '预案',
  } satisfies Strings<typeof scenariosEn>,
};
