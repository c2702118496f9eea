import type { Strings } from '../strings';

/** Run sheets and spreadsheet exports; en.ts and zh.ts take them in under `exports`. */
const exportsEn = {
  menu: 'Run sheets and exports',
  masterSchedule: 'Master schedule (PDF)',
  venueRunSheet: 'Run sheet of a venue (PDF)…',
  workbook: 'Schedule workbook (.xlsx)',
  csv: 'Schedule (CSV)',
  chooseTitle: 'Run sheet of a venue',
  venue: 'Venue',
  day: 'Day',
  download: 'Download',
  runSheet: 'Run sheet',
  runSheetOf: '{{plan}} · {{day}}',
  noBookings: 'No requested or confirmed bookings at this venue yet.',
  export: 'Export',
  bookingsWorkbook: 'Bookings (.xlsx)',
  bookingsCsv: 'Bookings (CSV)',
  failed: 'The download failed: {{detail}}',
};

export const exportMenus = {
  en: exportsEn,
  zh: {
    menu: '日程单与导出',
    masterSchedule: '总日程表（打印版）',
    venueRunSheet: '场馆日程单（打印版）…',
    workbook: '日程表（电子表格）',
    csv: '日程表（纯文本表格）',
    chooseTitle: '场馆日程单',
    venue: '场馆',
    day: '日期',
    download: '下载',
    runSheet: '场馆日程单',
    runSheetOf: '{{plan}} · {{day}}',
    noBookings: '本场馆暂无待确认或已确认的场地预订。',
    export: '导出',
    bookingsWorkbook: '场地预订（电子表格）',
    bookingsCsv: '场地预订（纯文本表格）',
    failed: '下载失败：{{detail}}',
  } satisfies Strings<typeof exportsEn>,
};
