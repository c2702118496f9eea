import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';

/** The inbox's "Export": every booking the reader may read, as a workbook or CSV, redacted as the inbox is. */
export function BookingsExportMenu() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();

  const download = (format: 'xlsx' | 'csv') =>
    downloadFile(`/api/bookings/export.${format}?lang=${language}`, `bookings-${language}.${format}`, language).catch(
      (error: unknown) =>
        message.error(t('exports.failed', { detail: errorMessage(error, t, t('errors.unexpected')) })),
    );

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('exports.bookingsWorkbook') },
          { key: 'csv', label: t('exports.bookingsCsv') },
        ],
        onClick: ({ key }) => void download(key === 'csv' ? 'csv' : 'xlsx'),
      }}
    >
      <Button data-testid="bookings-export">{t('exports.export')}</Button>
    </Dropdown>
  );
}
