import { App, Button, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage, languageTag } from '@/lib/i18n';
import type { Language, SpaceDetail, VenueDetail } from '@/types/api';
import { useAnswerBooking } from '../api/answer-booking';
import { placeNames } from '../lib/local-names';
import { addDays, beijingDate, firstWeek, mondayOf, overlapsDay, weekDays } from '../lib/week';
import type { Booking } from '../types';
import { AnswerError } from './answer-error';
import { ReasonDialog } from './reason-dialog';
import { WeekCell } from './week-cell';

export interface WeekViewProps {
  confirmed: { data?: Booking[]; error: unknown };
  /** The requests of the manager's venues waiting for their answer. */
  requested: { data?: Booking[]; error: unknown };
  venues: readonly VenueDetail[];
}

interface Row {
  key: string;
  venue: string;
  space: string;
  detail: SpaceDetail;
}

function dayHeading(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? languageTag('zh') : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

function dayLong(day: string, language: Language): string {
  return formatBeijing(new Date(`${day}T04:00:00Z`), language, 'date');
}

/**
 * The manager's venues over one week, Beijing days: a row per space, a column per day, each cell with the
 * space's opening hours and closures that day, its confirmed bookings and the requests waiting for an
 * answer. A confirmed booking can be cancelled from here, with a reason.
 */
export function WeekView({ confirmed, requested, venues }: WeekViewProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const cancel = useAnswerBooking();
  const [chosen, setChosen] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<number | null>(null);
  const [error, setError] = useState<{ bookingId: number; error: unknown } | null>(null);
  const rows = useMemo<Row[]>(
    () =>
      venues.flatMap((venue) =>
        venue.spaces.map((space) => {
          const names = placeNames(
            { venueId: venue.id, venueName: venue.nameEn, spaceId: space.id, spaceName: space.nameEn },
            venues,
            language,
          );
          return { key: space.id, detail: space, ...names };
        }),
      ),
    [venues, language],
  );

  const failed = confirmed.error ?? requested.error;
  if (failed) return <LoadError error={failed} />;
  if (!confirmed.data || !requested.data) return <Loading />;
  if (venues.length === 0) return <Empty description={t('inbox.week.noVenues')} />;

  const bookings = confirmed.data;
  const pending = requested.data;
  const monday = chosen ?? firstWeek([...bookings, ...pending], new Date());
  const days = weekDays(monday);
  const [first, last] = [days[0] ?? monday, days[6] ?? monday];
  const inWeek = [...bookings, ...pending].filter((b) => days.some((day) => overlapsDay(b.startsAt, b.endsAt, day)));

  const onCancel = (reason: string) => {
    const bookingId = cancelling;
    if (bookingId === null) return;
    setError(null);
    cancel.mutate(
      { bookingId, answer: 'cancel', reason },
      {
        onSuccess: () => void message.success(t('inbox.actions.cancelled', { id: bookingId })),
        onError: (e) => setError({ bookingId, error: e }),
        onSettled: () => setCancelling(null),
      },
    );
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} data-testid="week-range">
          {t('inbox.week.range', { from: dayLong(first, language), to: dayLong(last, language) })}
        </Typography.Title>
        <Space wrap>
          <Button onClick={() => setChosen(addDays(monday, -7))}>{t('inbox.week.previous')}</Button>
          <Button onClick={() => setChosen(mondayOf(beijingDate(new Date())))}>{t('inbox.week.thisWeek')}</Button>
          <Button onClick={() => setChosen(addDays(monday, 7))}>{t('inbox.week.next')}</Button>
        </Space>
      </Flex>
      {error && <AnswerError bookingId={error.bookingId} error={error.error} onClose={() => setError(null)} />}
      <Flex gap="small" align="center" wrap className="inbox-week-legend">
        <Tag className="tag-confirmed">{t('inbox.week.legendConfirmed')}</Tag>
        <Tag className="tag-requested">{t('inbox.week.legendRequested')}</Tag>
        <Typography.Text type="secondary">{t('inbox.week.legendHours')}</Typography.Text>
      </Flex>
      {inWeek.length === 0 && (
        <Typography.Paragraph type="secondary" data-testid="week-empty">
          {t('inbox.week.none')}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 1100 }}
        dataSource={rows}
        data-testid="week-grid"
        aria-label={t('inbox.week.label', { from: dayLong(first, language) })}
        columns={[
          {
            key: 'space',
            title: t('inbox.week.space'),
            fixed: 'left',
            width: 220,
            render: (_, row) => (
              <>
                <div>{row.space}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.venue}
                </Typography.Text>
              </>
            ),
          },
          ...days.map((day) => ({
            key: day,
            title: dayHeading(day, language),
            render: (_: unknown, row: Row) => (
              <WeekCell
                space={row.detail}
                day={day}
                confirmed={bookings}
                requested={pending}
                onCancel={setCancelling}
              />
            ),
          })),
        ]}
      />
      <ReasonDialog
        answer={cancelling === null ? null : 'cancel'}
        bookingId={cancelling ?? 0}
        pending={cancel.isPending}
        onSubmit={onCancel}
        onClose={() => setCancelling(null)}
      />
    </>
  );
}
