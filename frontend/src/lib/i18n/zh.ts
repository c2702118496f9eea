import type { Messages } from './en';

/** Simplified Chinese UI strings, in the terms of shared/spec/terminology-zh.md. */
export const zh: Messages = {
  app: {
    name: '礼宾活动排期系统',
    tagline: '北京重大外事活动的场馆与时段安排',
  },
  language: {
    label: '语言',
    notSaved: '语言选择已保存在本设备，但未能保存到您的账户。',
  },
  signIn: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名。',
    passwordRequired: '请输入密码。',
    failed: '登录失败。',
  },
  shell: {
    signOut: '退出登录',
    signOutFailed: '退出登录失败。',
    navigation: '主导航',
    later: '将在后续版本中提供',
  },
  nav: {
    overview: '概览',
    plans: '活动方案',
    plansAndScenarios: '活动方案与推演预案',
    venues: '场馆',
    bookingsInbox: '场地预订待办',
    accounts: '账户管理',
    audit: '审计日志',
  },
  roles: {
    PROTOCOL_OFFICER: '礼宾官员',
    VENUE_MANAGER: '场馆负责人',
    PLANNER: '规划人员',
    ADMIN: '系统管理员',
  },
  overview: {
    title: '概览',
    displayName: '姓名',
    username: '用户名',
    roles: '角色',
    managedVenues: '您负责的场馆',
    noManagedVenues: '尚未分配',
    beijingTime: '北京时间',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试。',
    unexpected: '出现错误。',
  },
  common: {
    loading: '加载中…',
    retry: '重试',
  },
  notFound: {
    title: '页面不存在',
    back: '返回概览',
  },
};
