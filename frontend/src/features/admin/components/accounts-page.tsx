import { Alert, App, Button, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/query-state';
import { useAllVenues } from '@/api/get-all-venues';
import { currentLanguage } from '@/lib/i18n';
import { errorMessage } from '@/lib/errors';
import { useAccounts, useSetEnabled } from '../api/accounts';
import type { Account } from '../api/types';
import { matchesAccount } from '../lib/account-search';
import { AccountDialog } from './account-dialog';
import '../admin.css';
import { PasswordDialog } from './password-dialog';

const PAGE_SIZE = 20;

/**
 * The accounts: search, page, create, edit roles and managed venues, disable or enable (after
 * confirming), reset a password. Refusals of the API (the last administrator) stay on screen.
 */
export function AccountsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const accounts = useAccounts();
  const venues = useAllVenues();
  const setEnabled = useSetEnabled();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Account | 'new'>();
  const [resetting, setResetting] = useState<Account>();
  const [refusal, setRefusal] = useState<string>();
  const language = currentLanguage();

  const venueNames = useMemo(
    () => new Map((venues.data ?? []).map((v) => [v.id, language === 'zh' && v.nameZh ? v.nameZh : v.nameEn])),
    [venues.data, language],
  );
  const shown = useMemo(
    () => (accounts.data ?? []).filter((account) => matchesAccount(account, query)),
    [accounts.data, query],
  );

  const toggle = (account: Account) => {
    const enabled = !account.enabled;
    setRefusal(undefined);
    setEnabled.mutate(
      { account, enabled },
      {
        onSuccess: () =>
          void message.success(
            t(enabled ? 'admin.accounts.enabledDone' : 'admin.accounts.disabledDone', { username: account.username }),
          ),
        onError: (error) => setRefusal(errorMessage(error, t, t('errors.unexpected'))),
      },
    );
  };

  if (accounts.error) return <LoadError error={accounts.error} />;

  return (
    <div className="accounts-page" data-testid="accounts-page">
      <Typography.Title level={1} className="page-title">
        {t('admin.accounts.title')}
      </Typography.Title>
      <Space wrap className="admin-toolbar">
        <Input.Search
          id="account-search"
          allowClear
          aria-label={t('admin.accounts.search')}
          placeholder={t('admin.accounts.searchPlaceholder')}
          onSearch={(value) => {
            setQuery(value);
            setPage(1);
          }}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(1);
          }}
          style={{ width: 320 }}
        />
        <Button type="primary" onClick={() => setEditing('new')} data-testid="account-create">
          {t('admin.accounts.create')}
        </Button>
      </Space>
      {refusal && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(undefined)}
          title={refusal}
          className="admin-refusal"
          data-testid="account-refusal"
        />
      )}
      <Table<Account>
        rowKey="id"
        size="small"
        loading={accounts.isLoading}
        dataSource={shown}
        data-testid="accounts-table"
        locale={{ emptyText: <span className="admin-empty">{t('admin.accounts.none')}</span> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (total) => t('admin.accounts.total', { count: total }),
        }}
        columns={[
          {
            key: 'username',
            title: t('admin.accounts.username'),
            render: (_, a) => (
              <>
                <span data-testid={`account-${a.username}`}>{a.username}</span>
                {a.directoryManaged && (
                  <Tag className="tag-neutral account-directory-tag" data-testid={`account-directory-${a.username}`}>
                    {t('admin.accounts.directory')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'displayName',
            title: t('admin.accounts.displayName'),
            render: (_, a) => <span className="account-display-name">{a.displayName}</span>,
          },
          {
            key: 'roles',
            title: t('admin.accounts.roles'),
            render: (_, a) => a.roles.map((role) => <Tag key={role}>{t(`roles.${role}`)}</Tag>),
          },
          {
            key: 'venues',
            title: t('admin.accounts.managedVenues'),
            render: (_, a) =>
              a.managedVenueIds.map((id) => venueNames.get(id) ?? id).join(language === 'zh' ? '、' : ', '),
          },
          {
            key: 'status',
            title: t('admin.accounts.status'),
            render: (_, a) => (
              <Tag className={a.enabled ? 'tag-active' : 'tag-neutral'} data-testid={`account-status-${a.username}`}>
                {a.enabled ? t('admin.accounts.enabled') : t('admin.accounts.disabled')}
              </Tag>
            ),
          },
          {
            key: 'actions',
            title: t('admin.accounts.actions'),
            render: (_, a) => (
              <Space size="small" className="account-actions">
                <Button
                  size="small"
                  onClick={() => setEditing(a)}
                  aria-label={`${t('admin.accounts.edit')} ${a.username}`}
                >
                  {t('admin.accounts.edit')}
                </Button>
                <Popconfirm
                  title={t(a.enabled ? 'admin.accounts.disableConfirm' : 'admin.accounts.enableConfirm', {
                    username: a.username,
                  })}
                  okText={a.enabled ? t('admin.accounts.disable') : t('admin.accounts.enable')}
                  cancelText={t('admin.accounts.cancel')}
                  onConfirm={() => toggle(a)}
                >
                  <Button
                    size="small"
                    aria-label={`${a.enabled ? t('admin.accounts.disable') : t('admin.accounts.enable')} ${a.username}`}
                  >
                    {a.enabled ? t('admin.accounts.disable') : t('admin.accounts.enable')}
                  </Button>
                </Popconfirm>
                <Button
                  size="small"
                  onClick={() => setResetting(a)}
                  disabled={a.directoryManaged}
                  title={a.directoryManaged ? t('admin.accounts.directoryPassword') : undefined}
                  aria-label={`${t('admin.accounts.resetPassword')} ${a.username}`}
                >
                  {t('admin.accounts.resetPassword')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <AccountDialog
        key={editing === 'new' ? 'new' : editing?.id}
        open={!!editing}
        account={editing === 'new' ? undefined : editing}
        onClose={() => setEditing(undefined)}
      />
      <PasswordDialog account={resetting} onClose={() => setResetting(undefined)} />
    </div>
  );
}
