import { CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * `allowClear` for a Select, with its clear button named in the UI's language: rc-select names it
 * "Clear" in English whatever the locale, which a screen reader then reads on a Chinese screen.
 */
export function useClearControl(): { clearIcon: React.ReactNode; label: string } {
  const { t } = useTranslation();
  return { clearIcon: <CloseCircleFilled aria-hidden />, label: t('common.clear') };
}
