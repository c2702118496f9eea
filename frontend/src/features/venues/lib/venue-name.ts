import type { Language } from '@/types/api';

/** A name in the UI's language: the Chinese one when the UI speaks Chinese and the venue has it. */
export function localName(item: { nameEn: string; nameZh?: string | null }, language: Language): string {
  return language === 'zh' && item.nameZh ? item.nameZh : item.nameEn;
}
