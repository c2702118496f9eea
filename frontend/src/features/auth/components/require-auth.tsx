import { Alert, Button, Flex, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '@/lib/errors';
import { useMe } from '../api/get-me';
import { CurrentUserContext } from '@/lib/current-user';

export const SIGN_IN_PATH = '/sign-in';

/** Shows its children to a signed-in user; sends anyone else to the sign-in page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) {
    return (
      <Flex component="main" justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Flex vertical align="center" gap="small" role="status">
          <Spin />
          <Typography.Text>{t('common.loading')}</Typography.Text>
        </Flex>
      </Flex>
    );
  }
  if (me.isError) {
    return (
      <Flex component="main" justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Alert
          type="error"
          showIcon
          title={errorMessage(me.error, t, t('errors.unexpected'))}
          action={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
        />
      </Flex>
    );
  }
  if (!me.data) {
    return <Navigate to={SIGN_IN_PATH} replace state={{ from: location }} />;
  }
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
}
