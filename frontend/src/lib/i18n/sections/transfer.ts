import type { Strings } from '../strings';

/** The import and export screens' strings; en.ts and zh.ts take them in under `transfer`. */
const transferEn = {
  title: 'Import and export',
};

export const transfer = {
  en: transferEn,
  zh: {
    title: '导入与导出',
  } satisfies Strings<typeof transferEn>,
};
