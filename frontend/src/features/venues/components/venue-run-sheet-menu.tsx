import { App, Button, Dropdown } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '@/lib/download';
import { apiRequest } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { Page } from '@/types/api';

/** What a run sheet needs of a booking: its plan and its day. */
interface BookedDay {
  planId: number;
  planName: string;
  status: string;
  localStart: string;
}

export interface RunSheetDay {
  planId: number;
  planName: string;
  day: string;
}

/** The plans and days with requested or confirmed bookings, each once, by day then plan. */
export function runSheetDays(bookings: BookedDay[]): RunSheetDay[] {
  const days = new Map<string, RunSheetDay>();
  for (const booking of bookings) {
    if (booking.status !== 'REQUESTED' && booking.status !== 'CONFIRMED') continue;
    const day = booking.localStart.slice(0, 10);
    days.set(`${booking.planId}/${day}`, { planId: booking.planId, planName: booking.planName, day });
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day) || a.planName.localeCompare(b.planName));
}

/**
 * The venue page's "Run sheet": one entry per plan and day with bookings at the venue, which a venue
 * manager and the officers alike may print (the board prints any venue of a plan, published or not).
 */
export function VenueRunSheetMenu({ venueId }: { venueId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const booked = useQuery({
    queryKey: ['bookings', 'venue', venueId, 'run-sheet-days'],
    queryFn: ({ signal }) =>
      apiRequest<Page<BookedDay>>(`/api/bookings?venue=${encodeURIComponent(venueId)}&size=500`, { signal }),
  });
  const days = runSheetDays(booked.data?.content ?? []);

  const download = ({ planId, day }: RunSheetDay) =>
    downloadFile(
      `/api/plans/${planId}/run-sheets/venues/${encodeURIComponent(venueId)}?day=${day}&lang=${language}`,
      `run-sheet-${venueId}-${day}-${language}.pdf`,
      language,
    ).catch((error: unknown) =>
      message.error(t('exports.failed', { detail: errorMessage(error, t, t('errors.unexpected')) })),
    );

  return (
    <Dropdown
      trigger={['click']}
      disabled={days.length === 0}
      menu={{
        items: days.map((entry) => ({
          key: `${entry.planId}/${entry.day}`,
          label: t('exports.runSheetOf', { plan: entry.planName, day: entry.day }),
        })),
        onClick: ({ key }) => {
          const entry = days.find((d) => `${d.planId}/${d.day}` === key);
          if (entry) void download(entry);
        },
      }}
    >
      <Button
        data-testid="venue-run-sheet"
        title={days.length === 0 && booked.isSuccess ? t('exports.noBookings') : undefined}
      >
        {t('exports.runSheet')}
      </Button>
    </Dropdown>
  );
}
