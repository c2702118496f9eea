import type { Language } from '@/types/api';
import { languageTag } from '@/lib/i18n';

/** Every time the UI shows is Beijing time, whatever the browser's own zone. */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';

export type Instant = Date | string | number;

export type DateTimeStyle = 'dateTime' | 'date' | 'time';

const STYLES: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, style: DateTimeStyle): Intl.DateTimeFormat {
  const key = `${language}:${style}`;
  let result = formats.get(key);
  if (!result) {
    // en-GB for English: day before month and a 24-hour clock, as protocol schedules are written.
    const locale = language === 'zh' ? languageTag('zh') : 'en-GB';
    result = new Intl.DateTimeFormat(locale, {
      ...STYLES[style],
      hourCycle: 'h23',
      timeZone: BEIJING_TIME_ZONE,
    });
    formats.set(key, result);
  }
  return result;
}

/** An instant (Date, ISO-8601 string with offset, or epoch milliseconds) in Beijing time. */
export function formatBeijing(instant: Instant, language: Language, style: DateTimeStyle = 'dateTime'): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Not an instant: ${String(instant)}`);
  }
  return format(language, style).format(date);
}

/** A local date-time as the exchange format writes it, to the minute ("2026-09-02T10:00"). */
export const toMinute = (value: string | null | undefined) => (value ? value.slice(0, 16) : undefined);
