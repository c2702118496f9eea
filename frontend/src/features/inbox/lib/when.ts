import type { Language } from '@/types/api';
import { formatBeijing } from '@/lib/datetime';
import { beijingDate } from './week';

/** A booking's time in Beijing time: "12 Apr 2027, 10:00–11:30", with the end's date only when it differs. */
export function bookingWhen(startsAt: string, endsAt: string, language: Language): string {
  const end =
    beijingDate(startsAt) === beijingDate(endsAt)
      ? formatBeijing(endsAt, language, 'time')
      : formatBeijing(endsAt, language);
  return `${formatBeijing(startsAt, language)}–${end}`;
}
