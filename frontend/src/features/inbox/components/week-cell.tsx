import { Button, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';
import type { SpaceDetail } from '@/types/api';
import { hoursOn } from '../lib/opening';
import { overlapsDay } from '../lib/week';
import type { Booking } from '../types';

export interface WeekCellProps {
  space: SpaceDetail;
  day: string;
  confirmed: readonly Booking[];
  requested: readonly Booking[];
  onCancel: (bookingId: number) => void;
}

/**
 * One space on one Beijing day: its opening hours and closures, then its confirmed bookings (each can be
 * cancelled) and the requests waiting for an answer, in time order.
 */
export function WeekCell({ space, day, confirmed, requested, onCancel }: WeekCellProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const hours = hoursOn(space, day);
  const onDay = (bookings: readonly Booking[]) =>
    bookings.filter((b) => b.spaceId === space.id && overlapsDay(b.startsAt, b.endsAt, day));
  const items = [
    ...onDay(confirmed).map((booking) => ({ booking, pending: false })),
    ...onDay(requested).map((booking) => ({ booking, pending: true })),
  ].sort((a, b) => a.booking.startsAt.localeCompare(b.booking.startsAt) || a.booking.id - b.booking.id);
  const time = (instant: string) => formatBeijing(instant, language, 'time');

  return (
    <>
      <div className="inbox-week-hours" data-testid={`week-hours-${space.id}-${day}`}>
        {hours.closedAllDay
          ? t('inbox.week.closedAllDay')
          : hours.openAllDay
            ? t('inbox.week.openAllDay')
            : t('inbox.week.open', { hours: hours.windows.map((w) => `${w.from}–${w.to}`).join(', ') })}
        {!hours.closedAllDay &&
          hours.closures.map((closure) => (
            <div key={`${closure.from}-${closure.to}`} className="inbox-week-closed">
              {t('inbox.week.closed', { from: closure.from, to: closure.to })}
              {closure.reason && <span data-plan-data> ({closure.reason})</span>}
            </div>
          ))}
      </div>
      {items.map(({ booking: b, pending }) => (
        <div
          key={b.id}
          className={pending ? 'inbox-week-booking inbox-week-requested' : 'inbox-week-booking'}
          data-testid={pending ? `week-request-${b.id}` : `week-booking-${b.id}`}
        >
          {pending && <Tag className="tag-requested">{t('inbox.week.requested')}</Tag>}
          <Typography.Text strong>
            {time(b.startsAt)}–{time(b.endsAt)}
          </Typography.Text>
          <div>
            {b.engagement
              ? `${t(`enums.eventType.${b.engagement.type}` as 'enums.eventType.PLENARY', { defaultValue: b.engagement.type })} · ${t('inbox.requests.people', { count: b.engagement.headcount })}`
              : t('inbox.requests.booking', { id: b.id })}
          </div>
          {pending ? (
            b.answerBy && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('inbox.week.answerBy', { time: formatBeijing(b.answerBy, language) })}
              </Typography.Text>
            )
          ) : (
            <Button
              size="small"
              type="link"
              style={{ padding: 0 }}
              onClick={() => onCancel(b.id)}
              aria-label={`${t('inbox.actions.cancel')} ${t('inbox.requests.booking', { id: b.id })}`}
            >
              {t('inbox.actions.cancel')}
            </Button>
          )}
        </div>
      ))}
    </>
  );
}
