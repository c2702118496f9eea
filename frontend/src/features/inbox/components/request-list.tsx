import { App, Empty, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { currentLanguage } from '@/lib/i18n';
import type { VenueDetail } from '@/types/api';
import { useAnswerBooking } from '../api/answer-booking';
import type { Booking } from '../types';
import { placeNames } from '../lib/local-names';
import { sortByUrgency } from '../lib/urgency';
import { AnswerError } from './answer-error';
import { ReasonDialog } from './reason-dialog';
import { RequestCard } from './request-card';

export interface RequestListProps {
  requests: { data?: Booking[]; error: unknown };
  venues: readonly VenueDetail[];
  /** What the list holds, a line each (a manager's venues; an officer's venues without managers). */
  intro: readonly string[];
}

/** The pending requests, soonest answer-by time first, each answered on its own card. */
export function RequestList({ requests, venues, intro }: RequestListProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const answer = useAnswerBooking();
  const [declining, setDeclining] = useState<number | null>(null);
  const [errors, setErrors] = useState<Record<number, unknown>>({});
  const sorted = useMemo(() => sortByUrgency(requests.data ?? []), [requests.data]);
  const now = new Date();

  if (requests.error) return <LoadError error={requests.error} />;
  if (!requests.data) return <Loading />;

  const send = (bookingId: number, kind: 'confirm' | 'decline', reason?: string) => {
    setErrors(({ [bookingId]: _, ...rest }) => rest);
    answer.mutate(
      { bookingId, answer: kind, reason },
      {
        onSuccess: () => {
          setDeclining(null);
          void message.success(t(kind === 'confirm' ? 'inbox.actions.confirmed' : 'inbox.actions.declined', { id: bookingId }));
        },
        onError: (error) => {
          setDeclining(null);
          setErrors((current) => ({ ...current, [bookingId]: error }));
        },
      },
    );
  };

  return (
    <>
      {intro.map((line) => (
        <Typography.Paragraph key={line} type="secondary" data-testid="inbox-intro">
          {line}
        </Typography.Paragraph>
      ))}
      {sorted.length === 0 ? (
        <Empty description={t('inbox.requests.empty')} />
      ) : (
        <Flex vertical gap="middle" data-testid="request-list">
          {sorted.map((booking) => (
            <RequestCard
              key={booking.id}
              booking={booking}
              names={placeNames(booking, venues, language)}
              now={now}
              pending={answer.isPending && answer.variables?.bookingId === booking.id}
              onConfirm={() => send(booking.id, 'confirm')}
              onDecline={() => setDeclining(booking.id)}
            >
              {errors[booking.id] !== undefined && (
                <AnswerError
                  bookingId={booking.id}
                  error={errors[booking.id]}
                  onClose={() => setErrors(({ [booking.id]: _, ...rest }) => rest)}
                />
              )}
            </RequestCard>
          ))}
        </Flex>
      )}
      <ReasonDialog
        answer={declining === null ? null : 'decline'}
        bookingId={declining ?? 0}
        pending={answer.isPending}
        onSubmit={(reason) => declining !== null && send(declining, 'decline', reason)}
        onClose={() => setDeclining(null)}
      />
    </>
  );
}
