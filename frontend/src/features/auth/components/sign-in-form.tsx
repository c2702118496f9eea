import { Alert, Button, Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { type Credentials, useSignIn } from '../api/sign-in';
import { isRefusal, refusalMessage } from '../lib/refusals';

/**
 * What a refused sign-in says: after too many attempts (429) how long to wait, and why a right password was
 * refused all the same (its reason), in the reader's language; otherwise the backend's explanation (its
 * problem detail).
 */
function signInFailure(error: unknown, t: TFunction): string {
  if (isApiError(error) && error.status === 429) {
    const seconds = Math.max(1, Math.ceil(Number(error.problem.retryAfterSeconds) || 1));
    return t('signIn.throttled', { seconds });
  }
  if (isApiError(error) && isRefusal(error.problem.reason)) {
    return refusalMessage(error.problem.reason, t);
  }
  return errorMessage(error, t, t('signIn.failed'));
}

/**
 * Username and password; a refusal shows the backend's explanation (its problem detail). Beside a button for
 * the office directory's own page, its submit button is the second choice.
 */
export function SignInForm({ secondary = false }: { secondary?: boolean }) {
  const { t } = useTranslation();
  const signIn = useSignIn();

  return (
    <Form<Credentials>
      name="sign-in"
      layout="vertical"
      requiredMark={false}
      disabled={signIn.isPending}
      onFinish={(credentials) => signIn.mutate(credentials)}
    >
      {signIn.isError && (
        <Alert type="error" showIcon role="alert" title={signInFailure(signIn.error, t)} style={{ marginBottom: 24 }} />
      )}
      <Form.Item
        label={t('signIn.username')}
        name="username"
        rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}
      >
        <Input autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('signIn.password')}
        name="password"
        rules={[{ required: true, message: t('signIn.passwordRequired') }]}
      >
        {/* No show-password toggle: antd's is a mouse-only icon without a translated name. */}
        <Input.Password autoComplete="current-password" visibilityToggle={false} />
      </Form.Item>
      <Button type={secondary ? 'default' : 'primary'} htmlType="submit" block loading={signIn.isPending}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}
