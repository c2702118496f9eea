import { App, Button, Descriptions, Divider, Drawer, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import type { Engagement } from '@/types/api';
import type { LocalDateTime } from '@/types/plan-document';
import { useUpdateAssignment } from '../api/update-assignment';
import { BookingSetback, BookingTag } from './booking-state';
import { isSetback, type PlaceBooking } from '@/lib/board-rows';
import type { NameLookup } from '../lib/word-match';
import type { MoveProposal } from './move-preview';
import { MoveToForm, type MoveVenue } from './move-to-form';
import { PlaceFinder } from './place-finder';

/** What finding and choosing a place needs of the plan. */
export interface PlaceContext {
  offsetMinutes: number;
  horizonStart: LocalDateTime;
  horizonEnd: LocalDateTime;
  grainMinutes: number;
  /** The plan's venues and spaces, venues named in the UI's language. */
  venues: MoveVenue[];
  names: NameLookup;
  venueName: (venueId: string, fallback: string) => string;
}

export interface EngagementDrawerProps {
  planId: number;
  engagement: Engagement | undefined;
  spaceName: (spaceId: string) => string;
  /** The venue of a space, named in the UI's language. */
  venueOfSpace: (spaceId: string) => string;
  delegationName: (delegationId: string) => string;
  canEdit: boolean;
  /** The booking for where the engagement is now, if it was published there, with the reason its answer gave. */
  booking: PlaceBooking | undefined;
  places: PlaceContext;
  /** A place chosen from the list or the "Move to…" form: the board previews it as it does a drop. */
  onPropose: (proposal: MoveProposal) => void;
  onClose: () => void;
}

/**
 * One engagement: what it is, where it is; pin, unpin or unschedule it; find the best places for it
 * or name one, and move it there after the score preview.
 */
export function EngagementDrawer({
  planId,
  engagement,
  spaceName,
  venueOfSpace,
  delegationName,
  canEdit,
  booking,
  places,
  onPropose,
  onClose,
}: EngagementDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAssignment(planId);

  const change = (pinned: boolean | undefined, unschedule = false) => {
    if (!engagement) return;
    update.mutate(
      unschedule
        ? { eventId: engagement.id, spaceId: undefined, start: undefined, pinned: false, version: engagement.version }
        : {
            eventId: engagement.id,
            spaceId: engagement.assignment?.spaceId,
            start: engagement.assignment?.start,
            pinned,
            version: engagement.version,
          },
      {
        onSuccess: () => void message.success(t('board.saved')),
        onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
      },
    );
  };

  const propose = (place: { spaceId: string; spaceName: string; start: string }) => {
    if (!engagement) return;
    onPropose({
      eventId: engagement.id,
      eventTitle: engagement.title,
      spaceId: place.spaceId,
      spaceName: place.spaceName,
      start: place.start,
      version: engagement.version,
    });
  };

  const placed = !!engagement?.assignment?.spaceId;
  return (
    <Drawer open={!!engagement} onClose={onClose} title={t('board.details')} size="large" destroyOnHidden>
      {engagement && (
        <div data-testid="engagement-details">
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'title', label: t('board.engagement'), children: engagement.title },
              { key: 'type', label: t('venues.type'), children: t(`enums.eventType.${engagement.type}`) },
              {
                key: 'venue',
                label: t('board.venue'),
                children: placed ? venueOfSpace(engagement.assignment!.spaceId!) : t('board.notPlaced'),
              },
              {
                key: 'where',
                label: t('board.space'),
                children: placed ? spaceName(engagement.assignment!.spaceId!) : t('board.notPlaced'),
              },
              {
                key: 'start',
                label: t('board.start'),
                children: engagement.assignment?.start?.replace('T', ' ') ?? '-',
              },
              {
                key: 'duration',
                label: t('board.durationLabel'),
                children: t('board.duration', { minutes: engagement.durationMinutes }),
              },
              {
                key: 'headcount',
                label: t('board.headcountLabel'),
                children: t('board.headcount', { count: engagement.headcount }),
              },
              {
                key: 'delegations',
                label: t('board.attending'),
                children: engagement.delegations.map(delegationName).join(', '),
              },
            ]}
          />
          <Space wrap className="board-drawer-state">
            {engagement.pinned && <Tag className="tag-pinned">{t('board.pinned')}</Tag>}
            {booking && !isSetback(booking.status) && <BookingTag state={booking.status} />}
          </Space>
          <BookingSetback booking={booking} />
          {canEdit && placed && (
            <Space wrap>
              {engagement.pinned ? (
                <Button onClick={() => change(false)} loading={update.isPending}>
                  {t('board.unpin')}
                </Button>
              ) : (
                <Button type="primary" onClick={() => change(true)} loading={update.isPending}>
                  {t('board.pin')}
                </Button>
              )}
              <Button
                danger
                onClick={() => change(false, true)}
                disabled={!!engagement.pinned}
                loading={update.isPending}
              >
                {t('board.unschedule')}
              </Button>
            </Space>
          )}
          <Divider />
          <PlaceFinder
            key={`${engagement.id}|${engagement.version}`}
            planId={planId}
            eventId={engagement.id}
            offsetMinutes={places.offsetMinutes}
            names={places.names}
            venueName={places.venueName}
            canMove={canEdit && !engagement.pinned}
            onChoose={propose}
          />
          {canEdit && !engagement.pinned && (
            <>
              <Divider />
              <Typography.Title level={5}>{t('board.moveForm.title')}</Typography.Title>
              <MoveToForm
                key={engagement.id}
                venues={places.venues}
                horizonStart={places.horizonStart}
                horizonEnd={places.horizonEnd}
                grainMinutes={places.grainMinutes}
                current={engagement.assignment}
                onPropose={propose}
              />
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
