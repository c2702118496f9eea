import type { Strings } from '../strings';

/** Words many screens use; en.ts and zh.ts take these strings in under `common`. */
const commonEn = {
  loading: 'Loading…',
  retry: 'Try again',
  clear: 'Clear',
};

export const common = {
  en: commonEn,
  zh: {
    loading: '加载中…',
    retry: '重试',
    clear: '清除',
  } satisfies Strings<typeof commonEn>,
};
