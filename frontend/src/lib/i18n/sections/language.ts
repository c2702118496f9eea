import type { Strings } from '../strings';

/** The language switch; en.ts and zh.ts take these strings in under `language`. */
const languageEn = {
  label: 'Language',
  notSaved: 'Your language is kept on this device, but it could not be saved to your account.',
};

export const language = {
  en: languageEn,
  zh: {
    label: '语言',
    notSaved: '语言选择已保存在本设备，但未能保存到您的账户。',
  } satisfies Strings<typeof languageEn>,
};
