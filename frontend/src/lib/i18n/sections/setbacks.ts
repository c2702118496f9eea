import type { Strings } from '../strings';

/**
 * What the venues' answers undid: the plan's banner and its mark in the plan list, and the booking state of an
 * engagement on the board and in its details; en.ts and zh.ts take these strings in under `setbacks`.
 */
const setbacksEn = {
  replanTitle: 'This plan needs a re-plan',
  attentionTitle: 'This plan needs your attention',
  declined_one: '{{count}} engagement declined by its venue',
  declined_other: '{{count}} engagements declined by their venues',
  lapsed_one: '{{count}} request not answered in time',
  lapsed_other: '{{count}} requests not answered in time',
  cancelled_one: '{{count}} booking cancelled',
  cancelled_other: '{{count}} bookings cancelled',
  separator: '; ',
  sentence: '{{what}}. {{advice}}',
  replanned: 'The affected engagements have been moved: publish the plan to send the venues the new requests.',
  advice: 'Re-plan or move them, then publish to send the venues new requests.',
  show: 'Highlight them on the board',
  listMark: 'Needs re-plan',
  listAttention: 'Needs attention',
  state: {
    CONFIRMED: 'Confirmed',
    REQUESTED: 'Awaiting the venue',
    DECLINED: 'Declined by the venue',
    LAPSED: 'Not answered in time',
    CANCELLED: 'Booking cancelled',
  },
  venueReason: 'The venue’s reason: {{reason}}',
  reason: 'Reason: {{reason}}',
  hint: {
    DECLINED: 'The venue declined this place, which is now excluded for this engagement: re-plan or move it.',
    LAPSED: 'The venue did not answer in time: publish again to ask once more, or move it.',
    CANCELLED: 'The confirmed booking was released: re-plan or move it, then publish.',
  },
};

export const setbacks = {
  en: setbacksEn,
  zh: {
    replanTitle: '本活动方案需要重新排期',
    attentionTitle: '本活动方案需要您处理',
    declined_one: '{{count}} 项活动被场馆婉拒',
    declined_other: '{{count}} 项活动被场馆婉拒',
    lapsed_one: '{{count}} 个场地预订请求逾期未获答复',
    lapsed_other: '{{count}} 个场地预订请求逾期未获答复',
    cancelled_one: '{{count}} 个场地预订已取消',
    cancelled_other: '{{count}} 个场地预订已取消',
    separator: '；',
    sentence: '{{what}}。{{advice}}',
    replanned: '受影响的活动已重新安排：请发送场馆确认，向场馆发出新的场地预订请求。',
    advice: '请重新排期或手动调整，然后发送场馆确认。',
    show: '在看板上突出显示',
    listMark: '需要重新排期',
    listAttention: '需要处理',
    state: {
      CONFIRMED: '已确认',
      REQUESTED: '待确认',
      DECLINED: '场馆已婉拒',
      LAPSED: '已逾期',
      CANCELLED: '已取消',
    },
    venueReason: '场馆说明：{{reason}}',
    reason: '原因：{{reason}}',
    hint: {
      DECLINED: '场馆已婉拒该场地，该活动今后不再使用该场地：请重新排期或手动调整。',
      LAPSED: '场馆未在答复期限内答复：可再次发送场馆确认，或手动调整。',
      CANCELLED: '已确认的场地预订已取消：请重新排期或手动调整，然后发送场馆确认。',
    },
  } satisfies Strings<typeof setbacksEn>,
};
