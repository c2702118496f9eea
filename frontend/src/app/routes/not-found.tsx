import { StatusResult } from '@/components/status-result';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <StatusResult
      status="404"
      title={<h1 className="not-found-title">{t('notFound.title')}</h1>}
      extra={<Link to="/">{t('notFound.back')}</Link>}
    />
  );
}
