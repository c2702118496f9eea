import type { Strings } from '../strings';

/**
 * The names of switches that show no label of their own (screen readers announce them by these,
 * in place of the component library's English "segmented control"); en.ts and zh.ts take these
 * strings in under `controls`.
 */
const controlsEn = {
  boardRows: 'Board rows',
  boardSidePanel: 'Side panel',
};

export const controls = {
  en: controlsEn,
  zh: {
    boardRows: '看板行的排列方式',
    boardSidePanel: '侧栏内容',
  } satisfies Strings<typeof controlsEn>,
};
