import { App, Button, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '@/components/query-state';
import { useDelegations } from '../api/delegations';
import { toMinute } from './delegation-form';
import { ProblemList } from '@/components/problem-list';
import '../plan-content.css';
import { usePlanDocument } from '@/api/get-plan-document';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { i18n } from '@/lib/i18n';
import type { Engagement, Plan } from '@/types/api';
import { useDeleteEngagement, useEngagements } from '../api/engagements';
import { matchesEngagement } from '../lib/engagement-search';
import { EngagementForm } from './engagement-form';

const when = (value: string | null | undefined) => toMinute(value)?.replace('T', ' ') ?? '';
const typeNames = [i18n.getFixedT('en'), i18n.getFixedT('zh')];

/**
 * A plan's engagements: search by title, type (in either language), attending delegation or id,
 * paged on the client; adding, editing and deleting for those who may.
 */
export function EngagementList({ plan, editable }: { plan: Plan; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const engagements = useEngagements(plan.id);
  const delegations = useDelegations(plan.id);
  const document = usePlanDocument(plan.id);
  const remove = useDeleteEngagement(plan.id);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Engagement | 'new'>();
  const [deleteError, setDeleteError] = useState<{
    name: string;
    problems: Array<{ path?: string; message: string }>;
  }>();

  const names = useMemo(() => new Map(delegations.data?.map((d) => [d.id, d.name]) ?? []), [delegations.data]);
  const rows = useMemo(
    () => (engagements.data ?? []).filter((e) => matchesEngagement(e, query, typeNames, (id) => names.get(id))),
    [engagements.data, query, names],
  );

  if (engagements.error) return <LoadError error={engagements.error} />;

  const onDelete = (engagement: Engagement) => {
    setDeleteError(undefined);
    remove.mutate(engagement.id, {
      onSuccess: () => void message.success(t('engagements.deleted')),
      onError: (error) =>
        setDeleteError({
          name: engagement.title,
          problems: isApiError(error)
            ? error.problem.errors?.length
              ? error.problem.errors
              : [{ message: error.problem.detail ?? error.message }]
            : [{ message: errorMessage(error, t, t('errors.unexpected')) }],
        }),
    });
  };

  return (
    <>
      <div className="plan-content-toolbar">
        <Input.Search
          id="engagement-q"
          allowClear
          placeholder={t('engagements.search')}
          aria-label={t('engagements.search')}
          onChange={(event) => setQuery(event.target.value)}
          onSearch={setQuery}
          className="plan-content-search"
        />
        <Typography.Text type="secondary" data-testid="engagement-count">
          {t('engagements.count', { count: rows.length })}
        </Typography.Text>
        {editable && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="engagement-add">
            {t('engagements.add')}
          </Button>
        )}
      </div>
      {deleteError && (
        <ProblemList
          title={`${t('engagements.deleteFailed')}: ${deleteError.name}`}
          problems={deleteError.problems}
          testId="delete-problems"
        />
      )}
      <Table<Engagement>
        rowKey="id"
        size="small"
        data-testid="engagement-table"
        loading={engagements.isLoading}
        dataSource={rows}
        pagination={{ defaultPageSize: 10, showSizeChanger: true }}
        locale={{ emptyText: t('engagements.none') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'id', title: t('engagements.column.id'), dataIndex: 'id' },
          {
            key: 'title',
            title: t('engagements.column.title'),
            render: (_, e) => (
              <>
                {e.title} {e.confidential && <Tag className="tag-hard">{t('engagements.confidential')}</Tag>}
              </>
            ),
          },
          { key: 'type', title: t('engagements.column.type'), render: (_, e) => t(`enums.eventType.${e.type}`) },
          {
            key: 'delegations',
            title: t('engagements.column.delegations'),
            render: (_, e) => {
              const shown = e.delegations
                .slice(0, 3)
                .map((id) => names.get(id) ?? id)
                .join(', ');
              return e.delegations.length > 3 ? `${shown} +${e.delegations.length - 3}` : shown;
            },
          },
          { key: 'headcount', title: t('engagements.column.headcount'), dataIndex: 'headcount', align: 'right' },
          { key: 'duration', title: t('engagements.column.duration'), dataIndex: 'durationMinutes', align: 'right' },
          {
            key: 'window',
            title: t('engagements.column.window'),
            render: (_, e) => (e.earliestStart || e.latestEnd ? `${when(e.earliestStart)} – ${when(e.latestEnd)}` : ''),
          },
          { key: 'priority', title: t('engagements.column.priority'), dataIndex: 'priority', align: 'right' },
          {
            key: 'placed',
            title: t('engagements.column.placed'),
            render: (_, e) =>
              e.assignment?.start ? (
                <>
                  {when(e.assignment.start)} {e.pinned && <Tag>{t('engagements.pinned')}</Tag>}
                </>
              ) : (
                <Typography.Text type="secondary">{t('engagements.unscheduled')}</Typography.Text>
              ),
          },
          ...(editable
            ? [
                {
                  key: 'actions',
                  title: t('engagements.column.actions'),
                  render: (_: unknown, e: Engagement) => (
                    <Space size="small">
                      <Button size="small" onClick={() => setEditing(e)} data-testid={`edit-${e.id}`}>
                        {t('engagements.edit')}
                      </Button>
                      <Popconfirm
                        title={t('engagements.confirmDelete', { name: e.title })}
                        okText={t('engagements.confirmOk')}
                        cancelText={t('engagements.cancel')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => onDelete(e)}
                      >
                        <Button size="small" data-testid={`delete-${e.id}`}>
                          {t('engagements.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <EngagementForm
          key={editing === 'new' ? 'new' : editing.id}
          planId={plan.id}
          engagement={editing === 'new' ? undefined : editing}
          engagements={engagements.data ?? []}
          delegations={delegations.data ?? []}
          document={document.data}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            void message.success(t('engagements.saved'));
            setEditing(undefined);
          }}
        />
      )}
    </>
  );
}
