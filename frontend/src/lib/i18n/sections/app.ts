import type { Strings } from '../strings';

/** The product's name and tagline; en.ts and zh.ts take these strings in under `app`. */
const appEn = {
  name: 'Protocol Planner',
  tagline: 'Venues and time slots for state events in Beijing',
};

export const app = {
  en: appEn,
  zh: {
    name: '礼宾活动排期系统',
    tagline: '北京重大外事活动的场馆与时段安排',
  } satisfies Strings<typeof appEn>,
};
