import { App, Button, Input, Popconfirm, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/query-state';
import { usePlanDocument } from '@/api/get-plan-document';
import { downloadFile } from '@/lib/download';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { Plan } from '@/types/api';
import { useDelegations, useDeleteDelegation, type Delegation } from '../api/delegations';
import { countryName, matchesDelegation } from '../lib/delegation-search';
import { DelegationForm, toMinute } from './delegation-form';
import { ProblemList } from '@/components/problem-list';
import '../plan-content.css';

const when = (value: string | null | undefined) => toMinute(value)?.replace('T', ' ') ?? '';

/**
 * A plan's delegations: search by name (also the country's name in English and Chinese) or id,
 * paged on the client; adding, editing and deleting for those who may; each one's itinerary.
 */
export function DelegationList({ plan, editable }: { plan: Plan; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const delegations = useDelegations(plan.id);
  const document = usePlanDocument(plan.id);
  const remove = useDeleteDelegation(plan.id);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Delegation | 'new'>();
  const [deleteError, setDeleteError] = useState<{
    name: string;
    problems: Array<{ path?: string; message: string }>;
  }>();
  const [downloading, setDownloading] = useState<string>();

  const rows = useMemo(
    () => (delegations.data ?? []).filter((delegation) => matchesDelegation(delegation, query)),
    [delegations.data, query],
  );
  const venueNames = useMemo(
    () => new Map(document.data?.venues.map((venue) => [venue.id, venue.name]) ?? []),
    [document.data],
  );
  const names = useMemo(() => new Map(delegations.data?.map((d) => [d.id, d.name]) ?? []), [delegations.data]);

  if (delegations.error) return <LoadError error={delegations.error} />;

  const onDelete = (delegation: Delegation) => {
    setDeleteError(undefined);
    remove.mutate(delegation.id, {
      onSuccess: () => void message.success(t('delegations.deleted')),
      onError: (error) =>
        setDeleteError({
          name: delegation.name,
          problems: isApiError(error)
            ? error.problem.errors?.length
              ? error.problem.errors
              : [{ message: error.problem.detail ?? error.message }]
            : [{ message: errorMessage(error, t, t('errors.unexpected')) }],
        }),
    });
  };

  const itinerary = (delegation: Delegation) => {
    setDownloading(delegation.id);
    downloadFile(
      `/api/plans/${plan.id}/delegations/${encodeURIComponent(delegation.id)}/itinerary.pdf?lang=${language}`,
      `itinerary-${delegation.id}-${language}.pdf`,
      language,
    )
      .catch((error: unknown) =>
        message.error(t('delegations.itineraryFailed', { detail: errorMessage(error, t, t('errors.unexpected')) })),
      )
      .finally(() => setDownloading(undefined));
  };

  return (
    <>
      <div className="plan-content-toolbar">
        <Input.Search
          id="delegation-q"
          allowClear
          placeholder={t('delegations.search')}
          aria-label={t('delegations.search')}
          onChange={(event) => setQuery(event.target.value)}
          onSearch={setQuery}
          className="plan-content-search"
        />
        <Typography.Text type="secondary" data-testid="delegation-count">
          {t('delegations.count', { count: rows.length })}
        </Typography.Text>
        {editable && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="delegation-add">
            {t('delegations.add')}
          </Button>
        )}
      </div>
      {deleteError && (
        <ProblemList
          title={`${t('delegations.deleteFailed')}: ${deleteError.name}`}
          problems={deleteError.problems}
          testId="delete-problems"
        />
      )}
      <Table<Delegation>
        rowKey="id"
        size="small"
        data-testid="delegation-table"
        loading={delegations.isLoading}
        dataSource={rows}
        pagination={{ defaultPageSize: 10, showSizeChanger: true, hideOnSinglePage: false }}
        locale={{ emptyText: t('delegations.none') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'id', title: t('delegations.column.id'), dataIndex: 'id' },
          { key: 'name', title: t('delegations.column.name'), dataIndex: 'name' },
          {
            key: 'country',
            title: t('delegations.column.country'),
            render: (_, d) => (d.country ? `${countryName(d.country, language) ?? d.country} (${d.country})` : ''),
          },
          { key: 'rank', title: t('delegations.column.rank'), render: (_, d) => t(`enums.rank.${d.headRank}`) },
          { key: 'size', title: t('delegations.column.size'), dataIndex: 'size', align: 'right' },
          { key: 'arrival', title: t('delegations.column.arrival'), render: (_, d) => when(d.arrival) },
          { key: 'departure', title: t('delegations.column.departure'), render: (_, d) => when(d.departure) },
          {
            key: 'hotel',
            title: t('delegations.column.hotel'),
            render: (_, d) => (d.hotelVenueId ? (venueNames.get(d.hotelVenueId) ?? d.hotelVenueId) : ''),
          },
          {
            key: 'separateFrom',
            title: t('delegations.column.separateFrom'),
            render: (_, d) => d.separateFrom.map((id) => names.get(id) ?? id).join(', '),
          },
          {
            key: 'actions',
            title: t('delegations.column.actions'),
            render: (_, d) => (
              <Space size="small" wrap>
                <Button
                  size="small"
                  onClick={() => itinerary(d)}
                  loading={downloading === d.id}
                  data-testid={`itinerary-${d.id}`}
                >
                  {t('delegations.itinerary')}
                </Button>
                {editable && (
                  <>
                    <Button size="small" onClick={() => setEditing(d)} data-testid={`edit-${d.id}`}>
                      {t('delegations.edit')}
                    </Button>
                    <Popconfirm
                      title={t('delegations.confirmDelete', { name: d.name })}
                      description={t('delegations.confirmDeleteHint')}
                      okText={t('delegations.confirmOk')}
                      cancelText={t('delegations.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => onDelete(d)}
                    >
                      <Button size="small" data-testid={`delete-${d.id}`}>
                        {t('delegations.delete')}
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <DelegationForm
          key={editing === 'new' ? 'new' : editing.id}
          planId={plan.id}
          delegation={editing === 'new' ? undefined : editing}
          delegations={delegations.data ?? []}
          document={document.data}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            void message.success(t('delegations.saved'));
            setEditing(undefined);
          }}
        />
      )}
    </>
  );
}
