import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';
import type { SignInOptions } from '@/types/api';
import { isRefusal, refusalMessage } from '../lib/refusals';

type Directory = NonNullable<SignInOptions['directory']>;

/** What the office is told to call its directory, in the reader's language, else the UI's own words. */
function directoryName(directory: Directory, t: (key: 'signIn.directory.name') => string): string {
  const configured = currentLanguage() === 'zh' ? directory.nameZh : directory.name;
  return configured ?? t('signIn.directory.name');
}

/**
 * The office directory on the sign-in page: a link to its own sign-in page (OpenID Connect), or a note that the
 * form takes its passwords (LDAP), and why the directory's last sign-in was refused (`?directory=` on the way back).
 */
export function DirectorySignIn({ directory, refusal }: { directory: Directory | null; refusal: string | null }) {
  const { t } = useTranslation();
  const name = directory ? directoryName(directory, t) : '';
  return (
    <>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={refusalMessage(isRefusal(refusal) ? refusal : 'failed', t)}
          style={{ marginBottom: 24 }}
        />
      )}
      {directory?.signInUrl && (
        <>
          {/* A plain link: the browser leaves for the directory's page and comes back signed in. */}
          <Button type="primary" block href={directory.signInUrl} data-testid="directory-sign-in">
            {t('signIn.directory.signInWith', { name })}
          </Button>
          {!directory.passwords && (
            <Typography.Paragraph className="sign-in-local-note">
              {t('signIn.directory.localOnly')}
            </Typography.Paragraph>
          )}
        </>
      )}
      {directory?.passwords && (
        <Typography.Paragraph className="sign-in-local-note">
          {t('signIn.directory.passwords', { name })}
        </Typography.Paragraph>
      )}
    </>
  );
}
