import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage, languageTag } from '@/lib/i18n';
import type { Language } from '@/types/api';

export interface LanguageSwitchProps {
  onChange: (language: Language) => void;
}

/** English / 简体中文, each named in itself and marked with its own language for screen readers. */
export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      aria-label={t('language.label')}
      optionType="button"
      size="small"
      value={currentLanguage()}
      onChange={(event) => onChange(event.target.value as Language)}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: <span lang={languageTag(language)}>{LANGUAGE_NAMES[language]}</span>,
      }))}
    />
  );
}
