import { Alert, App, Empty, Flex, Input, Pagination, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { VenueDetail } from '@/types/api';
import { useAnswerBooking } from '../api/answer-booking';
import { useVenues } from '../api/get-venues';
import { useBatchAnswers } from '../hooks/use-batch-answers';
import { answerable, selectableIds } from '../lib/batch';
import { placeNames } from '../lib/local-names';
import { requestsMatching } from '../lib/request-search';
import { sortByUrgency } from '../lib/urgency';
import type { Booking } from '../types';
import { AnswerError } from './answer-error';
import { BatchBar } from './batch-bar';
import { BatchOutcomes } from './batch-outcomes';
import { OutcomeNote } from './outcome-note';
import { ReasonDialog } from './reason-dialog';
import { RequestCard } from './request-card';

/** Cards on one page: after a publish, officers answer for hundreds of venues without managers. */
export const REQUESTS_PER_PAGE = 20;

export interface RequestListProps {
  requests: { data?: Booking[]; error: unknown };
  /** Venues already read (a manager's own); the venues of the page shown are read as it is shown. */
  venues: readonly VenueDetail[];
  /** What the list holds, a line each (a manager's venues; an officer's venues without managers). */
  intro: readonly string[];
}

/**
 * The pending requests, soonest answer-by time first, a page at a time, with a search over what the
 * cards show. Each is answered on its card, or several at once: selected on their cards or the whole
 * page, confirmed or declined with one reason, and each one's outcome told.
 */
export function RequestList({ requests, venues, intro }: RequestListProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const answer = useAnswerBooking();
  const [declining, setDeclining] = useState<number | 'selected' | null>(null);
  const [errors, setErrors] = useState<Record<number, unknown>>({});
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => sortByUrgency(requests.data ?? []), [requests.data]);
  const found = useMemo(() => requestsMatching(sorted, query, venues), [sorted, query, venues]);
  const batch = useBatchAnswers(found);
  const lastPage = Math.max(1, Math.ceil(found.length / REQUESTS_PER_PAGE));
  const current = Math.min(page, lastPage);
  const shown = found.slice((current - 1) * REQUESTS_PER_PAGE, current * REQUESTS_PER_PAGE);
  // The local names of the page's other venues (an officer's), each read once.
  const otherIds = useMemo(
    () => [...new Set(shown.map((booking) => booking.venueId))].filter((id) => !venues.some((v) => v.id === id)).sort(),
    [shown, venues],
  );
  const read = useVenues(otherIds);
  const named = useMemo(() => [...venues, ...read.venues], [venues, read.venues]);
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
          void message.success(
            t(kind === 'confirm' ? 'inbox.actions.confirmed' : 'inbox.actions.declined', { id: bookingId }),
          );
        },
        onError: (error) => {
          setDeclining(null);
          setErrors((current) => ({ ...current, [bookingId]: error }));
        },
      },
    );
  };
  const placeOf = (booking: Booking | null | undefined) => {
    if (!booking) return null;
    const names = placeNames(booking, named, language);
    return t('inbox.requests.heading', { space: names.space, venue: names.venue });
  };

  return (
    <>
      {intro.map((line) => (
        <Typography.Paragraph key={line} type="secondary" data-testid="inbox-intro">
          {line}
        </Typography.Paragraph>
      ))}
      {batch.result && (
        <BatchOutcomes
          result={batch.result}
          placeOf={(outcome) => placeOf(outcome.booking)}
          onClose={batch.dismissResult}
        />
      )}
      {batch.error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          closable={{ onClose: batch.dismissError, 'aria-label': t('notifications.close') }}
          data-testid="batch-error"
          title={t('inbox.batch.failed')}
          description={errorMessage(batch.error, t, t('inbox.actions.failed'))}
        />
      )}
      {sorted.length > REQUESTS_PER_PAGE && (
        <Input.Search
          allowClear
          className="inbox-search"
          placeholder={t('inbox.requests.search')}
          aria-label={t('inbox.requests.search')}
          data-testid="request-search"
          onSearch={(value) => {
            setQuery(value);
            setPage(1);
          }}
        />
      )}
      {sorted.some(answerable) && (
        <BatchBar
          page={batch.pageState(shown)}
          pageCount={selectableIds(shown).length}
          selected={batch.chosen.length}
          pending={batch.pending}
          onPage={(checked) => batch.selectPage(shown, checked)}
          onConfirm={() => batch.send('confirm')}
          onDecline={() => setDeclining('selected')}
          onClear={batch.clear}
        />
      )}
      {sorted.length === 0 ? (
        <Empty description={t('inbox.requests.empty')} />
      ) : found.length === 0 ? (
        <Empty description={t('inbox.requests.noMatch', { query })} />
      ) : (
        <Flex vertical gap="middle" data-testid="request-list">
          {shown.map((booking) => {
            const refusal = batch.refusalOf(booking.id);
            return (
              <RequestCard
                key={booking.id}
                booking={booking}
                names={placeNames(booking, named, language)}
                now={now}
                pending={answer.isPending && answer.variables?.bookingId === booking.id}
                selected={batch.isSelected(booking.id)}
                onSelect={answerable(booking) ? (checked) => batch.select(booking.id, checked) : undefined}
                onConfirm={() => send(booking.id, 'confirm')}
                onDecline={() => setDeclining(booking.id)}
              >
                {refusal && batch.result && (
                  <OutcomeNote
                    outcome={refusal}
                    answer={batch.result.answer}
                    onClose={() => batch.dismissRefusal(booking.id)}
                  />
                )}
                {errors[booking.id] !== undefined && (
                  <AnswerError
                    bookingId={booking.id}
                    error={errors[booking.id]}
                    onClose={() => setErrors(({ [booking.id]: _, ...rest }) => rest)}
                  />
                )}
              </RequestCard>
            );
          })}
        </Flex>
      )}
      {found.length > REQUESTS_PER_PAGE && (
        <Pagination
          className="inbox-pages"
          current={current}
          pageSize={REQUESTS_PER_PAGE}
          total={found.length}
          showSizeChanger={false}
          showTotal={(total, [from, to]) => t('inbox.requests.shown', { from, to, total })}
          onChange={setPage}
        />
      )}
      <ReasonDialog
        answer={declining === null ? null : 'decline'}
        bookingId={typeof declining === 'number' ? declining : 0}
        count={declining === 'selected' ? batch.chosen.length : undefined}
        pending={answer.isPending || batch.pending}
        onSubmit={(reason) => {
          if (declining === 'selected') batch.send('decline', reason, () => setDeclining(null));
          else if (declining !== null) send(declining, 'decline', reason);
        }}
        onClose={() => setDeclining(null)}
      />
    </>
  );
}
