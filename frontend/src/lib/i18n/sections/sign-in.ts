import type { Strings } from '../strings';

/** The sign-in page; en.ts and zh.ts take these strings in under `signIn`. */
const signInEn = {
  title: 'Sign in',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  usernameRequired: 'Enter your username.',
  passwordRequired: 'Enter your password.',
  failed: 'Sign-in failed.',
  throttled: 'Too many sign-in attempts. Wait {{seconds}} s, then try again.',
  directory: {
    name: 'the office directory',
    signInWith: 'Sign in with {{name}}',
    passwords: 'Use the user name and password of {{name}}.',
    localOnly: 'Administrators can also sign in with their local account:',
  },
  refused: {
    'no-role':
      'You are in no group of the office directory that has a role here. Ask an administrator to add you to one.',
    'name-taken': 'A local account has your directory name. Ask an administrator to remove it.',
    'unusable-name': 'The office directory’s name for you cannot be an account name here.',
    'local-closed':
      'Sign in with the office directory: while it is in use, only administrators sign in with a local account.',
    unreachable: 'The office directory did not answer. Try again in a while.',
    disabled: 'This account is disabled.',
    failed: 'Signing in with the office directory failed. Try again.',
  },
};

export const signIn = {
  en: signInEn,
  zh: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名。',
    passwordRequired: '请输入密码。',
    failed: '登录失败。',
    throttled: '登录尝试次数过多。请等待 {{seconds}} 秒后再试。',
    directory: {
      name: '单位统一身份认证',
      signInWith: '使用{{name}}登录',
      passwords: '请使用{{name}}的用户名和密码。',
      localOnly: '系统管理员也可使用本地账户登录：',
    },
    refused: {
      'no-role': '您不在统一身份认证中任何具有本系统角色的组内。请联系系统管理员将您加入相应的组。',
      'name-taken': '已有本地账户使用您在统一身份认证中的用户名。请联系系统管理员删除该账户。',
      'unusable-name': '您在统一身份认证中的用户名不能用作本系统的账户名。',
      'local-closed': '请使用统一身份认证登录：启用统一身份认证期间，只有系统管理员可以使用本地账户登录。',
      unreachable: '统一身份认证没有响应。请稍后再试。',
      disabled: '该账户已停用。',
      failed: '通过统一身份认证登录失败。请重试。',
    },
  } satisfies Strings<typeof signInEn>,
};
