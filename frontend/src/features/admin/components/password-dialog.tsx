import { App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { useResetPassword } from '../api/accounts';
import type { Account } from '../api/types';
import { PASSWORD_MINIMUM } from './account-dialog';

/** Sets a new password for an account, after saying what that does. */
export function PasswordDialog({ account, onClose }: { account?: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  const rule = t('admin.accounts.passwordRule', { count: PASSWORD_MINIMUM });

  return (
    <Modal
      open={!!account}
      title={account && t('admin.accounts.resetTitle', { username: account.username })}
      okText={t('admin.accounts.resetPassword')}
      cancelText={t('admin.accounts.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: reset.isPending }}
      onCancel={onClose}
      destroyOnHidden
      className="password-dialog"
    >
      <Typography.Paragraph>{t('admin.accounts.resetNote')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        name="password-reset"
        preserve={false}
        onFinish={({ password }) =>
          account &&
          reset.mutate(
            { account, password },
            {
              onSuccess: () => {
                void message.success(t('admin.accounts.passwordDone', { username: account.username }));
                onClose();
              },
              onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
            },
          )
        }
      >
        <Form.Item
          name="password"
          label={t('admin.accounts.newPassword')}
          extra={rule}
          rules={[
            { required: true, message: t('admin.accounts.required') },
            { min: PASSWORD_MINIMUM, message: rule },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
