import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** Links between a plan's board, its delegations and its engagements, and to the map of its venues. */
export function PlanContentLinks({ planId }: { planId: number }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('delegations.nav.label')} className="plan-content-links" data-testid="plan-content-links">
      <Space size="middle" wrap>
        <NavLink to={`/plans/${planId}`} end>
          {t('delegations.nav.board')}
        </NavLink>
        <NavLink to={`/plans/${planId}/delegations`}>{t('delegations.nav.delegations')}</NavLink>
        <NavLink to={`/plans/${planId}/engagements`}>{t('delegations.nav.engagements')}</NavLink>
        <NavLink to={`/venues?plan=${planId}`} data-testid="plan-venues-map">
          {t('delegations.nav.venuesMap')}
        </NavLink>
      </Space>
    </nav>
  );
}
