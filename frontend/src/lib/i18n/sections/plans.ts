import type { Strings } from '../strings';

/** The plan list; en.ts and zh.ts take these strings in under `plans`. */
const plansEn = {
  title: 'Plans',
  name: 'Name',
  kind: 'Kind',
  horizon: 'Horizon',
  engagements: 'Engagements',
  delegations: 'Delegations',
  open: 'Open the board',
  none: 'No plans yet.',
};

export const plans = {
  en: plansEn,
  zh: {
    title: '活动方案',
    name: '名称',
    kind: '类型',
    horizon: '时间范围',
    engagements: '活动',
    delegations: '代表团',
    open: '打开排期看板',
    none: '暂无活动方案。',
  } satisfies Strings<typeof plansEn>,
};
