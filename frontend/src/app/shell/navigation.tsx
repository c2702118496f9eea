import { Tooltip } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { UserAction } from '@/types/api';
import { navigationFor } from './navigation-items';

/**
 * The main menu for what the user may do (/api/me's `allowedActions`). Items whose screens come in a later release are shown
 * disabled and say so, rather than leading to an empty page.
 */
export function Navigation({ actions }: { actions: readonly UserAction[] }) {
  const { t } = useTranslation();
  const laterId = useId();

  return (
    <nav aria-label={t('shell.navigation')} className="app-nav">
      <ul>
        {navigationFor(actions).map(({ key, path }) => (
          <li key={key}>
            {path ? (
              <NavLink to={path} end={path === '/'} className="app-nav-item">
                {t(`nav.${key}`)}
              </NavLink>
            ) : (
              <Tooltip title={t('shell.later')} placement="right">
                <span
                  role="link"
                  aria-disabled="true"
                  aria-describedby={laterId}
                  tabIndex={0}
                  className="app-nav-item app-nav-item-disabled"
                >
                  {t(`nav.${key}`)}
                </span>
              </Tooltip>
            )}
          </li>
        ))}
      </ul>
      <p id={laterId} hidden>
        {t('shell.later')}
      </p>
    </nav>
  );
}
