import type { Strings } from '../strings';

/** The frame around every screen: header and sign-out; en.ts and zh.ts take these strings in under `shell`. */
const shellEn = {
  signOut: 'Sign out',
  signOutFailed: 'Signing out failed.',
  navigation: 'Main navigation',
  later: 'Available in a later release',
};

export const shell = {
  en: shellEn,
  zh: {
    signOut: '退出登录',
    signOutFailed: '退出登录失败。',
    navigation: '主导航',
    later: '将在后续版本中提供',
  } satisfies Strings<typeof shellEn>,
};
