import type { Strings } from '../strings';

/**
 * Venues an imported plan brought that the catalogue lacked: listed apart in the catalogue, offered on the
 * plan's page with the catalogue venues of their names; en.ts and zh.ts take these strings in under
 * `importedVenues`.
 */
const importedVenuesEn = {
  catalogue: 'Catalogue',
  imported: 'Imported with plans',
  views: 'Which venues',
  importedHint:
    'Venues that imported plans brought and the catalogue lacked. Each is its plan’s own until it is added to the catalogue.',
  importedWith: 'Imported with plan “{{plan}}”',
  origin: 'Came with',
  actions: 'Actions',
  addToCatalogue: 'Add to catalogue',
  added: '{{venue}} is now in the catalogue.',
  addFailed: '{{venue}} was not added: {{detail}}',
  planTitle_one: '{{count}} venue of this plan is its own, not in the catalogue',
  planTitle_other: '{{count}} venues of this plan are its own, not in the catalogue',
  planIntro:
    'The document named them under ids the catalogue does not have. Where the catalogue has a venue of the same name, the plan can use that one instead.',
  venue: 'Venue of the plan',
  match: 'Catalogue venue of the same name',
  spaces: 'Spaces',
  spacesMatched: '{{matched}} of {{total}} with a space of the same name',
  unmatched_one: '{{count}} venue has no namesake in the catalogue.',
  unmatched_other: '{{count}} venues have no namesake in the catalogue.',
  accept: 'Use the catalogue venue',
  acceptLabel: 'Use {{match}} instead of {{venue}}',
  accepted: 'The plan now uses {{match}}.',
  acceptFailed: 'The plan still uses {{venue}}: {{detail}}',
  seeCatalogue: 'See them in the catalogue',
};

export const importedVenues = {
  en: importedVenuesEn,
  zh: {
    catalogue: '场馆目录',
    imported: '随方案导入',
    views: '显示哪些场馆',
    importedHint: '导入的活动方案带来的、场馆目录中没有的场馆。加入场馆目录之前，它们只属于各自的活动方案。',
    importedWith: '随活动方案“{{plan}}”导入',
    origin: '来源',
    actions: '操作',
    addToCatalogue: '加入场馆目录',
    added: '{{venue}}已加入场馆目录。',
    addFailed: '{{venue}}未能加入场馆目录：{{detail}}',
    planTitle_one: '本活动方案有 {{count}} 个自带场馆，不在场馆目录中',
    planTitle_other: '本活动方案有 {{count}} 个自带场馆，不在场馆目录中',
    planIntro: '方案文件中这些场馆的编号在场馆目录中不存在。场馆目录中有同名场馆的，本方案可改用目录中的场馆。',
    venue: '方案中的场馆',
    match: '场馆目录中的同名场馆',
    spaces: '厅室',
    spacesMatched: '{{total}} 个厅室中 {{matched}} 个有同名厅室',
    unmatched_one: '{{count}} 个场馆在场馆目录中没有同名场馆。',
    unmatched_other: '{{count}} 个场馆在场馆目录中没有同名场馆。',
    accept: '改用目录中的场馆',
    acceptLabel: '改用{{match}}，不再使用{{venue}}',
    accepted: '本方案已改用{{match}}。',
    acceptFailed: '本方案仍使用{{venue}}：{{detail}}',
    seeCatalogue: '在场馆目录中查看',
  } satisfies Strings<typeof importedVenuesEn>,
};
