import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams, type Location } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { useSignInOptions } from '@/features/auth/api/get-sign-in-options';
import { DirectorySignIn } from '@/features/auth/components/directory-sign-in';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { LanguageSwitch } from '@/components/language-switch';
import { setLanguage } from '@/lib/i18n';

/**
 * The sign-in page, with the office directory when one is configured; a signed-in visitor goes on to where they
 * were heading, or the overview.
 */
export function SignInRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const [search] = useSearchParams();
  const me = useMe();
  // Without an answer (an older server, a fault) the password form alone is offered.
  const directory = useSignInOptions().data?.directory ?? null;

  if (me.data) {
    const from = (location.state as { from?: Location } | null)?.from;
    return <Navigate to={from ? `${from.pathname}${from.search}` : '/'} replace />;
  }

  return (
    <div className="sign-in-page">
      <header className="sign-in-header">
        {/* A choice made here is the person's own: it is saved to their account on sign-in. */}
        <LanguageSwitch onChange={(language) => void setLanguage(language, { chosen: true })} />
      </header>
      <Flex component="main" justify="center" align="flex-start" className="sign-in-main">
        <Card className="sign-in-card">
          <Typography.Title level={1} className="sign-in-product">
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
          <Typography.Title level={2} className="sign-in-title">
            {t('signIn.title')}
          </Typography.Title>
          <DirectorySignIn directory={directory} refusal={search.get('directory')} />
          <SignInForm secondary={!!directory?.signInUrl} />
        </Card>
      </Flex>
    </div>
  );
}
