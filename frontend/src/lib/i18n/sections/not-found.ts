import type { Strings } from '../strings';

/** The page for an address that leads nowhere; en.ts and zh.ts take these strings in under `notFound`. */
const notFoundEn = {
  title: 'Page not found',
  back: 'Back to the overview',
};

export const notFound = {
  en: notFoundEn,
  zh: {
    title: '页面不存在',
    back: '返回概览',
  } satisfies Strings<typeof notFoundEn>,
};
