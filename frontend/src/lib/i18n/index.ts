import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '@/lib/api-client';
import type { Language } from '@/types/api';
import { en } from './en';
import { zh } from './zh';

export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/** Each language named in itself, as language switches conventionally do. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '简体中文' };

const STORAGE_KEY = 'protocol-planner.language';
/** Set while a language chosen on this device has not been saved to the user's account. */
const UNSAVED_KEY = 'protocol-planner.language-unsaved';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 tag for the html lang attribute and Accept-Language. */
export function languageTag(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** The language chosen on this device, else the browser's preference, else English. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) {
    return stored;
  }
  const preferred = navigator.languages ?? [navigator.language];
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

const i18n = createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

function applyLanguage(language: string): void {
  const tag = languageTag(isLanguage(language) ? language : 'en');
  document.documentElement.lang = tag;
  document.title = i18n.t('app.name');
  setApiLanguage(tag);
}

applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/**
 * Shows the UI in the given language and remembers it on this device. A choice the person made
 * (as opposed to one adopted from their account) is marked unsaved until the account has it.
 */
export async function setLanguage(language: Language, options: { chosen: boolean }): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  if (options.chosen) {
    localStorage.setItem(UNSAVED_KEY, 'true');
  }
  if (i18n.language !== language) {
    await i18n.changeLanguage(language);
  }
}

export function languageChoiceUnsaved(): boolean {
  return localStorage.getItem(UNSAVED_KEY) === 'true';
}

export function markLanguageSaved(): void {
  localStorage.removeItem(UNSAVED_KEY);
}

export { i18n };
