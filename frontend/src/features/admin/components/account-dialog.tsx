import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllVenues } from '@/api/get-all-venues';
import { currentLanguage } from '@/lib/i18n';
import { errorMessage } from '@/lib/errors';
import type { Role } from '@/types/api';
import { useCreateAccount, useUpdateAccount } from '../api/accounts';
import type { Account } from '../api/types';
import { needsManagedVenues } from '../lib/account-roles';

const ROLES: Role[] = ['ADMIN', 'PROTOCOL_OFFICER', 'PLANNER', 'VENUE_MANAGER'];

/** The API's rules: usernames of these characters, passwords of this length (outside demo mode). */
export const USERNAME_PATTERN = /^[A-Za-z0-9._@-]{1,64}$/;
export const PASSWORD_MINIMUM = 12;

interface AccountForm {
  username: string;
  displayName: string;
  email?: string;
  roles: Role[];
  managedVenueIds?: string[];
  password?: string;
}

export interface AccountDialogProps {
  /** The account to edit; none to create one. */
  account?: Account;
  open: boolean;
  onClose: () => void;
}

/**
 * Creates an account, or edits one's name, e-mail, roles and (for venue managers) venues; an account of the
 * office directory keeps the roles of its groups.
 */
export function AccountDialog({ account, open, onClose }: AccountDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountForm>();
  const roles = Form.useWatch('roles', form) ?? account?.roles ?? [];
  // The office directory's groups give such an account its roles: here they are shown, never changed.
  const directoryManaged = account?.directoryManaged ?? false;
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const venues = useAllVenues();
  const language = currentLanguage();
  const venueOptions = useMemo(
    () =>
      (venues.data ?? []).map((venue) => ({
        value: venue.id,
        label: language === 'zh' && venue.nameZh ? venue.nameZh : venue.nameEn,
        // Searchable by both names, whichever the UI shows.
        search: `${venue.nameEn} ${venue.nameZh ?? ''} ${venue.id}`.toLowerCase(),
      })),
    [venues.data, language],
  );

  const fail = (error: unknown) => void message.error(errorMessage(error, t, t('errors.unexpected')));
  const submit = (values: AccountForm) => {
    const managedVenueIds = needsManagedVenues(values.roles) ? (values.managedVenueIds ?? []) : [];
    const email = values.email?.trim() || undefined;
    if (account) {
      update.mutate(
        {
          id: account.id,
          change: {
            displayName: values.displayName,
            email,
            roles: values.roles,
            managedVenueIds,
            version: account.version,
          },
        },
        {
          onSuccess: (saved) => {
            void message.success(t('admin.accounts.saved', { username: saved.username }));
            onClose();
          },
          onError: fail,
        },
      );
    } else {
      create.mutate(
        {
          username: values.username,
          displayName: values.displayName,
          email,
          roles: values.roles,
          managedVenueIds,
          password: values.password ?? '',
        },
        {
          onSuccess: (created) => {
            void message.success(t('admin.accounts.created', { username: created.username }));
            onClose();
          },
          onError: fail,
        },
      );
    }
  };

  const required = { required: true, message: t('admin.accounts.required') };
  return (
    <Modal
      open={open}
      title={account ? t('admin.accounts.editTitle', { username: account.username }) : t('admin.accounts.createTitle')}
      okText={t('admin.accounts.save')}
      cancelText={t('admin.accounts.cancel')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending || update.isPending }}
      onCancel={onClose}
      destroyOnHidden
      className="account-dialog"
      width={600}
    >
      <Form<AccountForm>
        form={form}
        layout="vertical"
        name="account"
        preserve={false}
        onFinish={submit}
        initialValues={account ? { ...account, email: account.email ?? undefined } : { roles: [], managedVenueIds: [] }}
      >
        <Form.Item
          name="username"
          label={t('admin.accounts.username')}
          extra={account ? undefined : t('admin.accounts.usernameRule')}
          rules={account ? [] : [required, { pattern: USERNAME_PATTERN, message: t('admin.accounts.usernameRule') }]}
        >
          <Input disabled={!!account} autoComplete="off" data-testid="account-username" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('admin.accounts.displayName')}
          rules={[required, { whitespace: true, message: t('admin.accounts.required') }]}
        >
          <Input data-testid="account-display-name" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('admin.accounts.email')}
          rules={[{ pattern: /.+@.+/, message: t('admin.accounts.emailRule') }]}
        >
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('admin.accounts.roles')}
          extra={directoryManaged ? t('admin.accounts.directoryRoles') : undefined}
          // A validator rather than `required`: Form.Item would put aria-required on the group's
          // plain div, where ARIA does not allow it.
          rules={[
            {
              validator: (_, value?: Role[]) =>
                value?.length ? Promise.resolve() : Promise.reject(new Error(t('admin.accounts.rolesRule'))),
            },
          ]}
        >
          <Checkbox.Group
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            disabled={directoryManaged}
            data-testid="account-roles"
          />
        </Form.Item>
        {needsManagedVenues(roles) && (
          <Form.Item
            name="managedVenueIds"
            label={t('admin.accounts.managedVenues')}
            extra={t('admin.accounts.managedVenuesHelp')}
          >
            <Select
              mode="multiple"
              showSearch={{
                filterOption: (input, option) =>
                  !!option && (option as { search: string }).search.includes(input.toLowerCase()),
              }}
              options={venueOptions}
              loading={venues.isLoading}
              placeholder={t('admin.accounts.venuePlaceholder')}
              aria-label={t('admin.accounts.managedVenues')}
              data-testid="account-venues"
            />
          </Form.Item>
        )}
        {!account && (
          <Form.Item
            name="password"
            label={t('admin.accounts.password')}
            extra={t('admin.accounts.passwordRule', { count: PASSWORD_MINIMUM })}
            rules={[
              required,
              { min: PASSWORD_MINIMUM, message: t('admin.accounts.passwordRule', { count: PASSWORD_MINIMUM }) },
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="account-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
