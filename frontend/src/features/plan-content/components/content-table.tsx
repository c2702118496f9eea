import { App, Button, Input, Popconfirm, Space, Table, type TableColumnsType, Typography } from 'antd';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemList } from '@/components/problem-list';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';

/** Which list: its strings are under this key, its test ids start with the singular. */
export type ContentSection = 'delegations' | 'engagements';

/** The singular that starts the list's and its form's test ids. */
export const SINGULAR = { delegations: 'delegation', engagements: 'engagement' } as const;

export interface ContentTableProps<T extends { id: string }> {
  section: ContentSection;
  rows: T[];
  loading: boolean;
  editable: boolean;
  columns: TableColumnsType<T>;
  /** How a row is named in the confirmation and in a refusal. */
  nameOf: (row: T) => string;
  onSearch: (query: string) => void;
  /** The form that adds a row (none given) or edits one; the table opens and closes it. */
  form: (row: T | undefined, done: { onClose: () => void; onSaved: () => void }) => ReactNode;
  /** Deletes the row; the list shows what a refusal names. */
  remove: (id: string, callbacks: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  /** Actions for everyone, before editing and deleting (a delegation's itinerary). */
  actions?: (row: T) => ReactNode;
  /** A line under the delete confirmation's question. */
  deleteHint?: string;
  /** Whether the server allows editing or deleting this row (its `allowedActions`); every row when not given. */
  rowAllows?: (row: T, action: 'edit' | 'delete') => boolean;
}

/**
 * A plan's delegations or engagements as a table: search, count and Add above it, paged on the
 * client, Edit and Delete (after a confirmation) on each row for those who may change them, and
 * the form that adds or edits one.
 */
export function ContentTable<T extends { id: string }>(props: ContentTableProps<T>) {
  const { section } = props;
  const singular = SINGULAR[section];
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<T | 'new'>();
  const [deleteError, setDeleteError] = useState<{
    name: string;
    problems: Array<{ path?: string; message: string }>;
  }>();

  const onDelete = (row: T) => {
    setDeleteError(undefined);
    props.remove(row.id, {
      onSuccess: () => void message.success(t(`${section}.deleted`)),
      onError: (error) =>
        setDeleteError({
          name: props.nameOf(row),
          problems: isApiError(error)
            ? error.problem.errors?.length
              ? error.problem.errors
              : [{ message: error.problem.detail ?? error.message }]
            : [{ message: errorMessage(error, t, t('errors.unexpected')) }],
        }),
    });
  };

  const rowAllows = (row: T, action: 'edit' | 'delete') => props.editable && (props.rowAllows?.(row, action) ?? true);
  const actions = (row: T) => (
    <Space size="small" wrap>
      {props.actions?.(row)}
      {rowAllows(row, 'edit') && (
        <Button size="small" onClick={() => setEditing(row)} data-testid={`edit-${row.id}`}>
          {t(`${section}.edit`)}
        </Button>
      )}
      {rowAllows(row, 'delete') && (
        <Popconfirm
          title={t(`${section}.confirmDelete`, { name: props.nameOf(row) })}
          description={props.deleteHint}
          okText={t(`${section}.confirmOk`)}
          cancelText={t(`${section}.cancel`)}
          okButtonProps={{ danger: true }}
          onConfirm={() => onDelete(row)}
        >
          <Button size="small" data-testid={`delete-${row.id}`}>
            {t(`${section}.delete`)}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
  const withActions = props.editable || props.actions;

  return (
    <>
      <div className="plan-content-toolbar">
        <Input.Search
          id={`${singular}-q`}
          allowClear
          placeholder={t(`${section}.search`)}
          aria-label={t(`${section}.search`)}
          onChange={(event) => props.onSearch(event.target.value)}
          onSearch={props.onSearch}
          className="plan-content-search"
        />
        <Typography.Text type="secondary" data-testid={`${singular}-count`}>
          {t(`${section}.count`, { count: props.rows.length })}
        </Typography.Text>
        {props.editable && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid={`${singular}-add`}>
            {t(`${section}.add`)}
          </Button>
        )}
      </div>
      {deleteError && (
        <ProblemList
          title={`${t(`${section}.deleteFailed`)}: ${deleteError.name}`}
          problems={deleteError.problems}
          testId="delete-problems"
        />
      )}
      <Table<T>
        rowKey="id"
        size="small"
        data-testid={`${singular}-table`}
        loading={props.loading}
        dataSource={props.rows}
        pagination={{ defaultPageSize: 10, showSizeChanger: true }}
        locale={{ emptyText: t(`${section}.none`) }}
        scroll={{ x: 'max-content' }}
        columns={[
          ...props.columns,
          ...(withActions
            ? [
                {
                  key: 'actions',
                  title: t(`${section}.column.actions`),
                  // Kept at the table's right edge while its other columns scroll: Edit and Delete
                  // stay in reach on any screen.
                  fixed: 'end' as const,
                  render: (_: unknown, row: T) => actions(row),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        // Keyed by the row: each opening starts afresh.
        <Fragment key={editing === 'new' ? 'new' : editing.id}>
          {props.form(editing === 'new' ? undefined : editing, {
            onClose: () => setEditing(undefined),
            onSaved: () => {
              void message.success(t(`${section}.saved`));
              setEditing(undefined);
            },
          })}
        </Fragment>
      )}
    </>
  );
}
