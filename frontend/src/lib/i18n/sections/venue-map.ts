import type { Strings } from '../strings';

/** The venue catalogue's map: its legend, clusters and the plan it highlights; under `venueMap`. */
const venueMapEn = {
  legend: 'Legend',
  grade: 'Grade {{grade}}',
  cluster: 'Several venues close together (their number)',
  planVenue: 'A venue the plan uses',
  otherVenue: 'A venue it does not use',
  venueLabel: '{{name}}, grade {{grade}}',
  venueOfPlanLabel: '{{name}}, grade {{grade}}, used by the plan',
  clusterLabel: '{{count}} venues here; zoom in',
  clusterOfPlanLabel: '{{count}} venues here, {{planCount}} used by the plan; zoom in',
  clusterListLabel: '{{count}} venues at one place; list them',
  clusterList: 'Venues at this place',
  plan: 'Highlight the venues a plan uses',
  noPlan: 'No plan',
  planVenues: 'The engagements of {{plan}} are placed at {{count}} of these venues; they are ringed.',
  attribution: 'Base map: outlines {{outlines}}, rivers and lakes {{water}} ({{licence}})',
  noTiles: 'Drawn on the outline of Beijing shipped with the application; no tile server is configured.',
};

export const venueMap = {
  en: venueMapEn,
  zh: {
    legend: '图例',
    grade: '{{grade}}级',
    cluster: '相邻的多个场馆（数字为场馆数）',
    planVenue: '方案使用的场馆',
    otherVenue: '方案未使用的场馆',
    venueLabel: '{{name}}，{{grade}}级',
    venueOfPlanLabel: '{{name}}，{{grade}}级，方案使用',
    clusterLabel: '此处有{{count}}个场馆；放大查看',
    clusterOfPlanLabel: '此处有{{count}}个场馆，其中{{planCount}}个为方案使用；放大查看',
    clusterListLabel: '同一地点有{{count}}个场馆；列出场馆',
    clusterList: '此地点的场馆',
    plan: '突出显示方案使用的场馆',
    noPlan: '不选方案',
    planVenues: '{{plan}}的活动安排在其中{{count}}个场馆，已用圆环标出。',
    attribution: '底图：行政界线 {{outlines}}，河流湖泊 {{water}}（{{licence}}）',
    noTiles: '底图为随应用提供的北京市界线；未配置地图瓦片服务。',
  } satisfies Strings<typeof venueMapEn>,
};
