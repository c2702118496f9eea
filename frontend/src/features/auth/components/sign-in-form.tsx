import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { type Credentials, useSignIn } from '../api/sign-in';

/** Username and password; a refusal shows the backend's explanation (its problem detail). */
export function SignInForm() {
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
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(signIn.error, t, t('signIn.failed'))}
          style={{ marginBottom: 24 }}
        />
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
      <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
        {t('signIn.submit')}
      </Button>
    </Form>
  );
}
