import { App, Button, Flex, Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { useSignOut } from '@/features/auth/api/sign-out';
import { SIGN_IN_PATH } from '@/features/auth/components/require-auth';
import { useAccountLanguage } from '@/features/auth/hooks/use-account-language';
import { useCurrentUser } from '@/lib/current-user';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { LanguageSwitch } from '@/components/language-switch';
import { errorMessage } from '@/lib/errors';
import { Navigation } from './navigation';

/** The frame of every signed-in screen: who is signed in, the language, sign out, the menu. */
export function AppShell() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const chooseLanguage = useAccountLanguage(user);
  const signOut = useSignOut();

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: () => void navigate(SIGN_IN_PATH, { replace: true }),
      onError: (error) => void message.error(errorMessage(error, t, t('shell.signOutFailed'))),
    });

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header">
        <Typography.Text strong className="app-product-name">
          {t('app.name')}
        </Typography.Text>
        <Flex align="center" gap="middle" wrap>
          <span className="app-user" data-testid="current-user">
            <Typography.Text strong>{user.displayName}</Typography.Text>{' '}
            <Typography.Text type="secondary">
              {user.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(' · ')}
            </Typography.Text>
          </span>
          <NotificationBell actions={user.allowedActions} />
          <LanguageSwitch onChange={chooseLanguage} />
          <Button onClick={onSignOut} loading={signOut.isPending}>
            {t('shell.signOut')}
          </Button>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider theme="light" width={220} className="app-sider">
          <Navigation actions={user.allowedActions} />
        </Layout.Sider>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
