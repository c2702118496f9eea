import type { Strings } from '../strings';

/** Words many screens use; en.ts and zh.ts take these strings in under `common`. */
const commonEn = {
  loading: 'Loading…',
  retry: 'Try again',
  clear: 'Clear',
  increase: 'Increase',
  decrease: 'Decrease',
  statusImage: { '403': 'Not allowed', '404': 'Not found', '500': 'Server error' },
};

export const common = {
  en: commonEn,
  zh: {
    loading: '加载中…',
    retry: '重试',
    clear: '清除',
    increase: '增加',
    decrease: '减少',
    statusImage: { '403': '无权访问', '404': '未找到', '500': '服务器错误' },
  } satisfies Strings<typeof commonEn>,
};
