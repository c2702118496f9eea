import { App, Button, Dropdown, Modal, Select } from 'antd';
import './exports.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { Plan } from '@/types/api';
import { usePlanDocument } from '@/api/get-plan-document';

/**
 * The days of a plan's horizon as YYYY-MM-DD, the days its run sheets are printed for: from the day it
 * starts to the day it ends, a horizon ending at midnight ending the day before (as the server counts them).
 */
export function planDays(horizonStart: string, horizonEnd: string): string[] {
  const first = new Date(`${horizonStart.slice(0, 10)}T00:00:00Z`);
  const last = new Date(`${horizonEnd.slice(0, 10)}T00:00:00Z`);
  const endsAtMidnight = /T00:00(:00)?(\.0+)?$/.test(horizonEnd) && horizonEnd > horizonStart;
  if (endsAtMidnight) last.setUTCDate(last.getUTCDate() - 1);
  const days: string[] = [];
  for (const day = first; day <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

/** The board's "Run sheets and exports": a day's master schedule, a venue's run sheet, the workbook and CSV. */
export function PlanExportsMenu({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const days = planDays(plan.horizonStart, plan.horizonEnd);
  const [choosing, setChoosing] = useState(false);

  const download = (path: string, name: string) =>
    downloadFile(path, name, language).catch((error: unknown) =>
      message.error(t('exports.failed', { detail: errorMessage(error, t, t('errors.unexpected')) })),
    );
  const base = `/api/plans/${plan.id}`;

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          // The days open on a click, not on hover: a pointer or a keyboard user keeps them open while
          // choosing, and they do not close as the pointer crosses the gap to them.
          triggerSubMenuAction: 'click',
          items: [
            {
              key: 'master',
              label: t('exports.masterSchedule'),
              children: days.map((day) => ({ key: `master-${day}`, label: day })),
            },
            { key: 'venue', label: t('exports.venueRunSheet') },
            { type: 'divider' },
            { key: 'xlsx', label: t('exports.workbook') },
            { key: 'csv', label: t('exports.csv') },
          ],
          onClick: ({ key }) => {
            if (key === 'venue') setChoosing(true);
            else if (key === 'xlsx')
              void download(`${base}/schedule.xlsx?lang=${language}`, `plan-${plan.id}-schedule-${language}.xlsx`);
            else if (key === 'csv')
              void download(`${base}/schedule.csv?lang=${language}`, `plan-${plan.id}-schedule-${language}.csv`);
            else if (key.startsWith('master-')) {
              const day = key.slice('master-'.length);
              void download(
                `${base}/run-sheets/days/${day}?lang=${language}`,
                `master-schedule-${plan.id}-${day}-${language}.pdf`,
              );
            }
          },
        }}
      >
        <Button data-testid="plan-exports">{t('exports.menu')}</Button>
      </Dropdown>
      {choosing && (
        <VenueDayDialog
          plan={plan}
          days={days}
          onClose={() => setChoosing(false)}
          onDownload={(venueId, day) =>
            download(
              `${base}/run-sheets/venues/${encodeURIComponent(venueId)}?day=${day}&lang=${language}`,
              `run-sheet-${venueId}-${day}-${language}.pdf`,
            )
          }
        />
      )}
    </>
  );
}

interface VenueDayDialogProps {
  plan: Plan;
  days: string[];
  onClose: () => void;
  onDownload: (venueId: string, day: string) => Promise<unknown>;
}

/** Which venue and day to print: the plan's venues by name, its days. */
function VenueDayDialog({ plan, days, onClose, onDownload }: VenueDayDialogProps) {
  const { t } = useTranslation();
  const document = usePlanDocument(plan.id);
  const [venueId, setVenueId] = useState<string>();
  const [day, setDay] = useState(days[0]);
  const [busy, setBusy] = useState(false);

  return (
    <Modal
      open
      title={t('exports.chooseTitle')}
      okText={t('exports.download')}
      okButtonProps={{ disabled: !venueId || !day, loading: busy }}
      onCancel={onClose}
      onOk={() => {
        if (!venueId || !day) return;
        setBusy(true);
        void onDownload(venueId, day).finally(() => {
          setBusy(false);
          onClose();
        });
      }}
    >
      <div className="exports-dialog">
        <Select
          showSearch
          optionFilterProp="label"
          loading={document.isLoading}
          placeholder={t('exports.venue')}
          aria-label={t('exports.venue')}
          value={venueId}
          onChange={setVenueId}
          options={(document.data?.venues ?? []).map((venue) => ({ value: venue.id, label: venue.name }))}
        />
        <Select
          aria-label={t('exports.day')}
          value={day}
          onChange={setDay}
          options={days.map((d) => ({ value: d, label: d }))}
        />
      </div>
    </Modal>
  );
}
