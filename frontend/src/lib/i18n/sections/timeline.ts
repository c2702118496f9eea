import type { Strings } from '../strings';

/**
 * vis-timeline's own words (the title of its current-time bar reads "current time: " and the date);
 * en.ts and zh.ts take these strings in under `timeline`.
 */
const timelineEn = {
  current: 'current',
  time: 'time',
  deleteSelected: 'Delete selected',
};

export const timeline = {
  en: timelineEn,
  zh: {
    current: '当前',
    time: '时间',
    deleteSelected: '删除所选',
  } satisfies Strings<typeof timelineEn>,
};
