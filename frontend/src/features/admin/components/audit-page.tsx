import { Button, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClearControl } from '@/components/clear-control';
import { LoadError } from '@/components/query-state';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';
import { useAudit } from '../api/audit';
import { AUDITED_ENTITIES, type AuditEntry, type AuditFilter } from '../api/types';
import { auditDiff, beijingInstant, shown } from '../lib/audit-diff';
import { auditAction, auditActor } from '@/lib/audit-words';
import '../admin.css';

const PAGE_SIZE = 20;

interface FilterForm {
  entity?: string;
  entityId?: string;
  user?: string;
  from?: string;
  to?: string;
}

function toFilter(values: FilterForm): AuditFilter {
  return {
    entity: values.entity || undefined,
    entityId: values.entityId?.trim() || undefined,
    user: values.user?.trim() || undefined,
    from: values.from ? beijingInstant(values.from) : undefined,
    to: values.to ? beijingInstant(values.to) : undefined,
  };
}

/** What an entry changed, field by field, and the whole record before and after on request. */
function EntryChanges({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = auditDiff(entry.before, entry.after);
  return (
    <div className="audit-changes" data-testid={`audit-changes-${entry.id}`}>
      {changes.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('admin.audit.noFieldChanged')}</Typography.Paragraph>
      ) : (
        <table className="audit-diff">
          <caption className="admin-hidden-label">{t('admin.audit.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.audit.field')}</th>
              <th scope="col">{t('admin.audit.before')}</th>
              <th scope="col">{t('admin.audit.after')}</th>
            </tr>
          </thead>
          {/* The record's own field names and values, as stored: data, not words of this UI. */}
          <tbody data-plan-data>
            {changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">{change.path}</th>
                <td className="audit-before">{shown(change.before) || t('admin.audit.nothing')}</td>
                <td className="audit-after">{shown(change.after) || t('admin.audit.nothing')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className="audit-record">
        <summary>{t('admin.audit.fullRecord')}</summary>
        <div className="audit-json">
          <div>
            <Typography.Text strong>{t('admin.audit.before')}</Typography.Text>
            <pre tabIndex={0} data-plan-data>
              {entry.before == null ? t('admin.audit.nothing') : JSON.stringify(entry.before, null, 2)}
            </pre>
          </div>
          <div>
            <Typography.Text strong>{t('admin.audit.after')}</Typography.Text>
            <pre tabIndex={0} data-plan-data>
              {entry.after == null ? t('admin.audit.nothing') : JSON.stringify(entry.after, null, 2)}
            </pre>
          </div>
        </div>
      </details>
    </div>
  );
}

/** The audit log, newest first: filter by entity, id, user and time (Beijing time), page through it. */
export function AuditPage() {
  const { t } = useTranslation();
  const clear = useClearControl();
  const [form] = Form.useForm<FilterForm>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const audit = useAudit(filter, page - 1, PAGE_SIZE);
  const language = currentLanguage();

  return (
    <div className="audit-page" data-testid="audit-page">
      <Typography.Title level={1} className="page-title">
        {t('admin.audit.title')}
      </Typography.Title>
      <Form<FilterForm>
        form={form}
        layout="inline"
        name="audit-filter"
        className="audit-filters"
        aria-label={t('admin.audit.filters')}
        onFinish={(values) => {
          setFilter(toFilter(values));
          setPage(1);
        }}
      >
        <Form.Item name="entity" label={t('admin.audit.entity')}>
          <Select
            allowClear={clear}
            placeholder={t('admin.audit.anyEntity')}
            style={{ width: 160 }}
            options={AUDITED_ENTITIES.map((entity) => ({ value: entity, label: t(`admin.audit.entities.${entity}`) }))}
            data-testid="audit-entity"
          />
        </Form.Item>
        <Form.Item
          name="entityId"
          label={t('admin.audit.entityId')}
          tooltip={t('admin.audit.entityIdHelp', { example: '3/ev-012' })}
        >
          <Input style={{ width: 140 }} data-testid="audit-entity-id" />
        </Form.Item>
        <Form.Item name="user" label={t('admin.audit.user')}>
          <Input style={{ width: 120 }} data-testid="audit-user" />
        </Form.Item>
        <Form.Item name="from" label={t('admin.audit.from')}>
          <Input type="datetime-local" data-testid="audit-from" />
        </Form.Item>
        <Form.Item
          name="to"
          label={t('admin.audit.to')}
          dependencies={['from']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string) =>
                !value || !getFieldValue('from') || value > getFieldValue('from')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('admin.audit.toAfterFrom'))),
            }),
          ]}
        >
          <Input type="datetime-local" data-testid="audit-to" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" data-testid="audit-apply">
            {t('admin.audit.apply')}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button
            onClick={() => {
              form.resetFields();
              setFilter({});
              setPage(1);
            }}
          >
            {t('admin.audit.clear')}
          </Button>
        </Form.Item>
      </Form>
      {audit.error ? (
        <LoadError error={audit.error} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={audit.isFetching}
          dataSource={audit.data?.content ?? []}
          data-testid="audit-table"
          locale={{ emptyText: <span className="admin-empty">{t('admin.audit.none')}</span> }}
          expandable={{ expandedRowRender: (entry) => <EntryChanges entry={entry} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: audit.data?.totalElements ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => t('admin.audit.total', { count: total }),
          }}
          columns={[
            { key: 'when', title: t('admin.audit.when'), render: (_, e) => formatBeijing(e.occurredAt, language) },
            { key: 'who', title: t('admin.audit.who'), render: (_, e) => auditActor(e.actor, t) },
            {
              key: 'entity',
              title: t('admin.audit.entity'),
              render: (_, e) =>
                t(`admin.audit.entities.${e.entity}` as 'admin.audit.entities.venue', { defaultValue: e.entity }),
            },
            { key: 'entityId', title: t('admin.audit.entityId'), dataIndex: 'entityId' },
            { key: 'action', title: t('admin.audit.action'), render: (_, e) => auditAction(e.action, t) },
          ]}
        />
      )}
    </div>
  );
}
