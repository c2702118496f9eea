import { StatusResult } from '@/components/status-result';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/lib/current-user';

/**
 * The administration screens for those whose /api/me allows "administer"; anyone else who types the address is
 * told so.
 */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (user.allowedActions.includes('administer')) return <>{children}</>;
  return (
    <div data-testid="not-allowed">
      <StatusResult
        status="403"
        title={<h1 className="not-found-title">{t('admin.notAllowed.title')}</h1>}
        subTitle={t('admin.notAllowed.detail')}
        extra={<Link to="/">{t('admin.notAllowed.back')}</Link>}
      />
    </div>
  );
}
