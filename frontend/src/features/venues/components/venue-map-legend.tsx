import { useTranslation } from 'react-i18next';
import { GRADE_COLOURS, GRADES } from '../lib/venue-marks';

/**
 * What the map's marks mean: a colour and a letter per security grade, the cluster's number and,
 * while a plan is highlighted, how its venues stand out from the others.
 */
export function VenueMapLegend({ planShown }: { planShown: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="venue-map-legend" aria-label={t('venueMap.legend')} data-testid="venue-map-legend">
      <ul>
        {GRADES.map((grade) => (
          <li key={grade}>
            <span className="venue-mark-letter" style={{ background: GRADE_COLOURS[grade] }} aria-hidden="true">
              {grade}
            </span>
            {t('venueMap.grade', { grade })}
          </li>
        ))}
        <li>
          <span className="venue-cluster-ring venue-legend-cluster" aria-hidden="true">
            <span className="venue-cluster-count">3</span>
          </span>
          {t('venueMap.cluster')}
        </li>
        {planShown && (
          <>
            <li className="venue-mark-plan">
              <span className="venue-mark-letter venue-legend-neutral" aria-hidden="true" />
              {t('venueMap.planVenue')}
            </li>
            <li className="venue-mark-other">
              <span className="venue-mark-letter venue-legend-neutral" aria-hidden="true" />
              {t('venueMap.otherVenue')}
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
