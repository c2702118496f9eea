import { moment } from 'vis-timeline/standalone';
import { timeline } from '@/lib/i18n/sections/timeline';
import type { Language } from '@/types/api';

// vis-timeline's own words: the title of its current-time bar ("Current time: Monday, December 7th
// 2026, 19:43:11"), made of these words and the date in moment's locale. Its bundled moment has no
// Chinese, so the few names that format uses are given here; defining a locale makes it moment's
// global one, which English stays.
if (!moment.locales().includes('zh-cn')) {
  moment.defineLocale('zh-cn', {
    months: '1月_2月_3月_4月_5月_6月_7月_8月_9月_10月_11月_12月'.split('_'),
    monthsShort: '1月_2月_3月_4月_5月_6月_7月_8月_9月_10月_11月_12月'.split('_'),
    weekdays: '星期日_星期一_星期二_星期三_星期四_星期五_星期六'.split('_'),
    weekdaysShort: '周日_周一_周二_周三_周四_周五_周六'.split('_'),
    weekdaysMin: '日_一_二_三_四_五_六'.split('_'),
    ordinal: (day: number) => `${day}日`,
  });
  moment.locale('en');
}

/** The timeline's options for the UI's language: its words (both languages), and moment's locale for its dates. */
export function timelineLocale(language: Language) {
  return {
    locale: language,
    locales: timeline,
    momentLocale: language === 'zh' ? 'zh-cn' : 'en',
  };
}
