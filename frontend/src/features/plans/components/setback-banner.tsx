import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isSetback, type PlaceBooking } from '@/lib/board-rows';
import type { Plan } from '@/types/api';
import { hasSetbacks, setbackSummary } from '../lib/setback-summary';

export interface SetbackBannerProps {
  plan: Plan;
  /** The booking for each engagement's current place, as the board marks them. */
  bookings: ReadonlyMap<string, PlaceBooking>;
  onHighlight: (eventIds: string[]) => void;
}

/**
 * Above a live plan's board while it needs a re-plan or attention: how many engagements a venue declined, let
 * lapse or whose booking was cancelled, what to do, and a way to find them on the board. Once they are all
 * moved, it says that publishing is what is left.
 */
export function SetbackBanner({ plan, bookings, onHighlight }: SetbackBannerProps) {
  const { t } = useTranslation();
  if (!hasSetbacks(plan)) return null;
  const summary = setbackSummary(plan, t);
  const affected = [...bookings].filter(([, booking]) => isSetback(booking.status)).map(([eventId]) => eventId);
  return (
    <Alert
      type="warning"
      showIcon
      className="board-setbacks"
      data-testid="setback-banner"
      title={t(plan.needsReplan ? 'setbacks.replanTitle' : 'setbacks.attentionTitle')}
      description={
        <>
          <p data-testid="setback-summary">
            {summary
              ? t('setbacks.sentence', { what: summary, advice: t('setbacks.advice') })
              : t('setbacks.replanned')}
          </p>
          {affected.length > 0 && (
            <Button size="small" onClick={() => onHighlight(affected)} data-testid="setback-highlight">
              {t('setbacks.show')}
            </Button>
          )}
        </>
      }
    />
  );
}
