import { Button, Card, Checkbox, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { allows } from '@/lib/allowed-actions';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';
import { delegationName } from '@/lib/local-names';
import type { PlaceNames } from '../lib/local-names';
import { urgencyOf } from '../lib/urgency';
import { bookingWhen } from '../lib/when';
import type { Booking } from '../types';

export interface RequestCardProps {
  booking: Booking;
  names: PlaceNames;
  now: Date;
  pending: boolean;
  /** Whether it is chosen for an answer to several at once; absent where it cannot be. */
  selected?: boolean;
  onSelect?: (checked: boolean) => void;
  onConfirm: () => void;
  onDecline: () => void;
  children?: React.ReactNode;
}

const URGENCY_COLOR = { overdue: 'red', soon: 'magenta' } as const;

/**
 * One request with what the manager needs to decide: where and when, the engagement's type,
 * headcount, layout and needs, the delegations, the plan, and by when to answer. A confidential
 * engagement comes without title and delegations (the API withholds them): the card says so. Confirm and
 * decline are offered as the booking's `allowedActions` allow them.
 */
export function RequestCard({
  booking,
  names,
  now,
  pending,
  selected,
  onSelect,
  onConfirm,
  onDecline,
  children,
}: RequestCardProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const engagement = booking.engagement;
  const urgency = urgencyOf(booking, now);
  const withheld = engagement?.confidential && engagement.title == null;
  const withheldText = (
    <Typography.Text type="secondary" italic>
      {t('inbox.requests.withheld')}
    </Typography.Text>
  );
  const features = engagement?.requiredFeatures ?? [];

  return (
    <Card
      size="small"
      className="inbox-request"
      data-testid={`request-${booking.id}`}
      data-answer-by={booking.answerBy ?? undefined}
      title={
        <Flex gap="small" align="center" wrap>
          {onSelect && (
            <Checkbox
              checked={selected}
              onChange={(event) => onSelect(event.target.checked)}
              aria-label={t('inbox.batch.select', { id: booking.id })}
              data-testid={`select-${booking.id}`}
            />
          )}
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('inbox.requests.heading', { space: names.space, venue: names.venue })}
          </Typography.Title>
          <Typography.Text type="secondary">{t('inbox.requests.booking', { id: booking.id })}</Typography.Text>
          {engagement?.confidential && <Tag color="purple">{t('inbox.requests.confidential')}</Tag>}
        </Flex>
      }
      extra={
        <Space wrap>
          {allows(booking, 'confirm') && (
            <Button type="primary" onClick={onConfirm} loading={pending} data-testid={`confirm-${booking.id}`}>
              {t('inbox.actions.confirm')}
            </Button>
          )}
          {allows(booking, 'decline') && (
            <Button onClick={onDecline} disabled={pending} data-testid={`decline-${booking.id}`}>
              {t('inbox.actions.decline')}
            </Button>
          )}
        </Space>
      }
    >
      {children}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          {
            key: 'answerBy',
            label: t('inbox.requests.answerBy'),
            children: booking.answerBy ? (
              <Space size={4} wrap>
                <Typography.Text strong data-testid="answer-by">
                  {formatBeijing(booking.answerBy, language)}
                </Typography.Text>
                {(urgency === 'overdue' || urgency === 'soon') && (
                  <Tag color={URGENCY_COLOR[urgency]}>{t(`inbox.requests.${urgency}`)}</Tag>
                )}
              </Space>
            ) : (
              t('inbox.requests.noAnswerBy')
            ),
          },
          {
            key: 'when',
            label: t('inbox.requests.when'),
            children: bookingWhen(booking.startsAt, booking.endsAt, language),
          },
          { key: 'plan', label: t('inbox.requests.plan'), children: booking.planName },
          {
            key: 'type',
            label: t('inbox.requests.type'),
            children: engagement
              ? t(`enums.eventType.${engagement.type}` as 'enums.eventType.PLENARY', { defaultValue: engagement.type })
              : '-',
          },
          {
            key: 'headcount',
            label: t('inbox.requests.headcount'),
            children: engagement ? t('inbox.requests.people', { count: engagement.headcount }) : '-',
          },
          {
            key: 'layout',
            label: t('inbox.requests.layout'),
            children: engagement
              ? t(`enums.layout.${engagement.layout}` as 'enums.layout.THEATRE', { defaultValue: engagement.layout })
              : '-',
          },
          {
            key: 'needs',
            label: t('inbox.requests.needs'),
            span: 'filled',
            children:
              features.length === 0
                ? t('inbox.requests.noNeeds')
                : features
                    .map((f) => t(`enums.feature.${f}` as 'enums.feature.STAGE', { defaultValue: f }))
                    .join(t('explain.listSeparator')),
          },
          {
            key: 'engagement',
            label: t('inbox.requests.engagement'),
            span: 'filled',
            // In quotes: a title is the planners' own words ("State banquet"), not a label of this UI.
            children: withheld ? withheldText : engagement?.title ? `“${engagement.title}”` : '-',
          },
          {
            key: 'delegations',
            label: t('inbox.requests.delegations'),
            span: 'filled',
            children: withheld
              ? withheldText
              : (engagement?.attendees ?? [])
                  .map((attendee) => delegationName(attendee, language))
                  .join(t('explain.listSeparator')) || '-',
          },
          {
            key: 'requested',
            label: t('inbox.requests.requestedAt'),
            children: formatBeijing(booking.requestedAt, language),
          },
        ]}
      />
      {withheld && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('inbox.requests.redactionNote')}
        </Typography.Paragraph>
      )}
      {booking.replacesBookingId != null && (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>
          {t('inbox.requests.replaces', { id: booking.replacesBookingId })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
