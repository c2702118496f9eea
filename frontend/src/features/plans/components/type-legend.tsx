import { useTranslation } from 'react-i18next';
import { EVENT_TYPES } from '@/lib/vocabulary';

/** What the colours and marks of the board mean. */
export function TypeLegend() {
  const { t } = useTranslation();
  return (
    <ul className="board-legend" aria-label={t('board.legend')}>
      {EVENT_TYPES.map((type) => (
        <li key={type} className={`engagement engagement-${type}`}>
          {t(`enums.eventType.${type}`)}
        </li>
      ))}
      <li className="engagement engagement-pinned">{t('board.pinned')}</li>
      <li className="engagement engagement-confirmed">{t('board.confirmed')}</li>
      <li className="engagement engagement-requested">{t('board.requested')}</li>
      <li className="engagement engagement-declined">{t('setbacks.state.DECLINED')}</li>
      <li className="engagement engagement-lapsed">{t('setbacks.state.LAPSED')}</li>
    </ul>
  );
}
