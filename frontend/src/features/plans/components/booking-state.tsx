import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isSetback, type BookingState, type PlaceBooking } from '@/lib/board-rows';

/** The state of the booking for an engagement's current place, as a tag. */
export function BookingTag({ state }: { state: BookingState }) {
  const { t } = useTranslation();
  return (
    <Tag className={`tag-${state.toLowerCase()}`} data-testid="engagement-booking-state">
      {t(`setbacks.state.${state}`)}
    </Tag>
  );
}

/**
 * A setback of an engagement's current place (declined, lapsed, cancelled), in its details: what happened, the
 * reason its answer gave (for a decline, the venue's own words) and what the officer may do. Nothing otherwise.
 */
export function BookingSetback({ booking }: { booking: PlaceBooking | undefined }) {
  const { t } = useTranslation();
  if (!booking || !isSetback(booking.status)) return null;
  const setback = booking.status as 'DECLINED' | 'LAPSED' | 'CANCELLED';
  return (
    <Alert
      type="error"
      className="board-drawer-setback"
      data-testid="engagement-setback"
      title={<BookingTag state={setback} />}
      description={
        <>
          {booking.reason && (
            <p data-testid="engagement-setback-reason">
              {t(setback === 'DECLINED' ? 'setbacks.venueReason' : 'setbacks.reason', { reason: booking.reason })}
            </p>
          )}
          <p>{t(`setbacks.hint.${setback}`)}</p>
        </>
      }
    />
  );
}
