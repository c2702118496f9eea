import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';

/** A page's data on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Spin tip={t('common.loading')}>
      <div className="board-loading" />
    </Spin>
  );
}

/** A page's data could not be read: the API's own message where it gave one. */
export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <Alert type="error" title={errorMessage(error, t, t('errors.unexpected'))} />;
}
