import type { Strings } from '../strings';

/** The explanation of a plan's score; en.ts and zh.ts take these strings in under `explain`. */
const explainEn = {
  spaceCapacityOver:
    '{{event}}: {{headcount}} people in {{space}}, which seats {{capacity}} in {{layout}} layout ({{peopleOver}} over capacity)',
  spaceCapacityNoLayout: '{{event}}: {{space}} has no {{layout}} layout for its {{headcount}} people',
  spaceConflict:
    '{{space}} is double-booked: {{firstEvent}} and {{secondEvent}} overlap by {{minutes}} min, turnover included',
  spaceConflictSharedFloor:
    '{{firstEvent}} in {{space}} and {{secondEvent}} in {{secondSpace}}, which share floor, overlap by {{minutes}} min, turnover included',
  delegationClash: '{{delegation}} delegation: {{firstEvent}} and {{secondEvent}} overlap by {{minutes}} min',
  travelTime:
    '{{delegation}} delegation: {{minutesShort}} min short of the {{travelMinutes}} travel minutes from {{fromVenue}} to {{toVenue}}',
  securityGrade:
    '{{event}} needs security grade {{requiredGrade}}, but {{venue}} has grade {{venueGrade}} ({{steps}} short)',
  spaceAvailability: '{{event}} in {{space}}: {{parts}}',
  outsideHours: '{{minutes}} min outside opening hours',
  inBlackout: '{{minutes}} min in a blackout',
  inClosure: '{{minutes}} min in a closure',
  inBlackoutOf: '{{minutes}} min in a blackout of {{space}}',
  inClosureOf: '{{minutes}} min in a closure of {{space}}',
  eventWindow: '{{event}}: {{parts}}',
  boundEarliestStart: 'starts {{minutes}} min before its earliest start',
  boundLatestEnd: 'ends {{minutes}} min after its latest end',
  boundArrival: 'starts {{minutes}} min before the {{delegation}} delegation arrives',
  boundDeparture: 'ends {{minutes}} min after the {{delegation}} delegation departs',
  boundHorizonStart: "starts {{minutes}} min before the plan's horizon",
  boundHorizonEnd: "ends {{minutes}} min after the plan's horizon",
  requiredFeatures: '{{space}} lacks {{features}}, which {{event}} requires',
  excludedSpace: '{{event}} is in {{space}}, a space it excludes',
  delegationSeparation:
    '{{delegation}} and {{otherDelegation}} delegations, who are kept apart, are both at {{venue}} for {{minutes}} min ({{firstEvent}} and {{secondEvent}})',
  eventOrder: '{{laterEvent}} starts {{minutes}} min before {{earlierEvent}}, which must come first, ends',
  unscheduledEvent: '{{event}} is unscheduled (priority {{priority}})',
  rankPrestige:
    '{{event}} is at {{venue}} (prestige {{venuePrestige}}), {{gap}} below the prestige {{deservedPrestige}} its highest-ranking guest deserves',
  equalTreatment:
    'Delegations headed by a {{rank}} are treated unequally in {{type}}: {{engagements}} engagements at venues of prestige {{lowestPrestige}} to {{highestPrestige}}',
  travelBurden: '{{delegation}} delegation: {{travelMinutes}} travel minutes on {{date}}',
  capacityFit:
    '{{event}}: {{capacity}} seats in {{space}} for {{headcount}} people ({{emptySeats}} empty seats beyond a margin of {{margin}}, {{emptyPercent}}% of the room)',
  preferredSpace: '{{event}} is in {{space}}, not one of its preferred spaces',
  customaryHours:
    '{{event}} ({{type}}) runs {{start}} to {{end}}, off its customary hours: a start from {{startFrom}} to {{startUntil}}, an end by {{latestEnd}}',
  restGap:
    '{{delegation}} delegation: {{pauseMinutes}} min of pause between {{fromEvent}} and {{toEvent}}, {{restMinutes}} wanted',
  motorcadeLoad:
    'Heads-of-state motorcades arrive at {{venue}} {{minutesApart}} min apart ({{firstEvent}}, {{secondEvent}})',
  planStability:
    '{{event}} moved from {{publishedSpace}} at {{publishedStart}}, where it was published, to {{space}} at {{start}}',
  venueLoad: '{{venue}} hosts {{engagements}} engagements on {{date}}; its staff can serve {{dailyLoad}}',
  withReason: '{{text}} ({{reason}})',
  listSeparator: ', ',
  partsSeparator: '; ',
  ruledOut: '{{rule}}: rules out {{count}} places',
  unscheduledHead: 'Priority {{priority}}: {{left}} of {{candidates}} places break no hard rule',
};

export const explain = {
  en: explainEn,
  zh: {
    spaceCapacityOver:
      '{{event}}：{{headcount}}人安排在{{space}}，该场地{{layout}}仅容纳{{capacity}}人（超出{{peopleOver}}人）',
    spaceCapacityNoLayout: '{{event}}：{{space}}没有{{layout}}布置，无法容纳{{headcount}}人',
    spaceConflict: '{{space}}时间冲突：{{firstEvent}}与{{secondEvent}}重叠{{minutes}}分钟（含布场撤场时间）',
    spaceConflictSharedFloor:
      '{{space}}与{{secondSpace}}共用场地，时间冲突：{{firstEvent}}与{{secondEvent}}重叠{{minutes}}分钟（含布场撤场时间）',
    delegationClash: '{{delegation}}代表团：{{firstEvent}}与{{secondEvent}}重叠{{minutes}}分钟',
    travelTime:
      '{{delegation}}代表团：从{{fromVenue}}到{{toVenue}}需路途时间{{travelMinutes}}分钟，尚差{{minutesShort}}分钟',
    securityGrade: '{{event}}需要{{requiredGrade}}级安保，但{{venue}}为{{venueGrade}}级（差{{steps}}级）',
    spaceAvailability: '{{event}}在{{space}}：{{parts}}',
    outsideHours: '{{minutes}}分钟在开放时间以外',
    inBlackout: '{{minutes}}分钟处于停用时段',
    inClosure: '{{minutes}}分钟处于临时停用',
    inBlackoutOf: '{{minutes}}分钟处于{{space}}的停用时段',
    inClosureOf: '{{minutes}}分钟处于{{space}}的临时停用',
    eventWindow: '{{event}}：{{parts}}',
    boundEarliestStart: '比最早开始时间早{{minutes}}分钟开始',
    boundLatestEnd: '比最晚结束时间晚{{minutes}}分钟结束',
    boundArrival: '在{{delegation}}代表团抵达前{{minutes}}分钟开始',
    boundDeparture: '在{{delegation}}代表团离开后{{minutes}}分钟结束',
    boundHorizonStart: '在方案时间范围开始前{{minutes}}分钟开始',
    boundHorizonEnd: '在方案时间范围结束后{{minutes}}分钟结束',
    requiredFeatures: '{{space}}缺少{{event}}所需的{{features}}',
    excludedSpace: '{{event}}安排在其排除的场地{{space}}',
    delegationSeparation:
      '需回避的{{delegation}}与{{otherDelegation}}代表团同时在{{venue}}{{minutes}}分钟（{{firstEvent}}、{{secondEvent}}）',
    eventOrder: '{{laterEvent}}在必须先进行的{{earlierEvent}}结束前{{minutes}}分钟开始',
    unscheduledEvent: '{{event}}未排定（优先级{{priority}}）',
    rankPrestige:
      '{{event}}安排在{{venue}}（接待规格{{venuePrestige}}），比最高级别来宾应有的规格{{deservedPrestige}}低{{gap}}',
    equalTreatment:
      '{{rank}}率领的代表团在{{type}}中接待不对等：{{engagements}}场活动的场馆规格从{{lowestPrestige}}到{{highestPrestige}}不等',
    travelBurden: '{{delegation}}代表团：{{date}}路途时间共{{travelMinutes}}分钟',
    capacityFit:
      '{{event}}：{{space}}有{{capacity}}个座位，出席{{headcount}}人（预留{{margin}}个座位之外空座{{emptySeats}}个，占{{emptyPercent}}%）',
    preferredSpace: '{{event}}安排在{{space}}，不是其优先场地',
    customaryHours:
      '{{event}}（{{type}}）于{{start}}至{{end}}举行，不在惯常时段：应于{{startFrom}}至{{startUntil}}开始，{{latestEnd}}前结束',
    restGap: '{{delegation}}代表团：{{fromEvent}}与{{toEvent}}之间仅休息{{pauseMinutes}}分钟，应为{{restMinutes}}分钟',
    motorcadeLoad: '国家元首车队相隔{{minutesApart}}分钟先后抵达{{venue}}（{{firstEvent}}、{{secondEvent}}）',
    planStability: '{{event}}从已发布的{{publishedSpace}}（{{publishedStart}}）调整到{{space}}（{{start}}）',
    venueLoad: '{{venue}}于{{date}}接待{{engagements}}场活动，工作人员适度接待量为{{dailyLoad}}场',
    withReason: '{{text}}（{{reason}}）',
    listSeparator: '、',
    partsSeparator: '；',
    ruledOut: '{{rule}}：排除{{count}}个候选安排',
    unscheduledHead: '优先级{{priority}}：{{candidates}}个候选安排中有{{left}}个不违反硬性规则',
  } satisfies Strings<typeof explainEn>,
};
