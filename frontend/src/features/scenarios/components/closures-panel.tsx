import { App, Button, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanDocument } from '@/api/get-plan-document';
import { errorMessage } from '@/lib/errors';
import type { Plan, Closure } from '@/types/api';
import { useAddClosures, useClosures, useDeleteClosure } from '../api/closures';
import { closuresFor, WHOLE_VENUE } from '../lib/closure-form';

interface ClosureForm {
  venueId: string;
  spaceId: string;
  start: string;
  end: string;
  reason?: string;
}

export interface ClosuresPanelProps {
  plan: Pick<Plan, 'id' | 'horizonStart' | 'horizonEnd'>;
  canEdit: boolean;
  /** The venue's name in the UI's language, when the catalogue has one. */
  venueName: (venueId: string, fallback: string) => string;
}

const minute = (localDateTime: string) => localDateTime.slice(0, 16).replace('T', ' ');

/**
 * The plan's closures: close a whole venue or one space for a time range (plan time), reopen it.
 * Closures derived from confirmed bookings are listed but not removable.
 */
export function ClosuresPanel({ plan, canEdit, venueName }: ClosuresPanelProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const document = usePlanDocument(plan.id);
  const closures = useClosures(plan.id);
  const add = useAddClosures(plan.id);
  const remove = useDeleteClosure(plan.id);
  const [form] = Form.useForm<ClosureForm>();
  const venueId = Form.useWatch('venueId', form);

  const venues = document.data?.venues ?? [];
  const spaces = useMemo(() => {
    const byId = new Map<string, string>();
    for (const venue of document.data?.venues ?? []) {
      for (const space of venue.spaces) byId.set(space.id, `${venueName(venue.id, venue.name)} · ${space.name}`);
    }
    return byId;
  }, [document.data, venueName]);
  const venue = venues.find((v) => v.id === venueId);

  const submit = (values: ClosureForm) => {
    if (!venue) return;
    add.mutate(closuresFor(venue, values), {
      onSuccess: (created) => {
        void message.success(
          `${t('scenarios.closures.added', { count: created.length })} ${t('scenarios.closures.solveAgain')}`,
        );
        form.resetFields(['spaceId', 'reason']);
      },
      onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
    });
  };

  return (
    <div className="closures-panel" data-testid="closures-panel">
      <Typography.Paragraph type="secondary">{t('scenarios.closures.intro')}</Typography.Paragraph>
      {canEdit && (
        <Form<ClosureForm>
          form={form}
          layout="vertical"
          name="closure"
          onFinish={submit}
          initialValues={{
            spaceId: WHOLE_VENUE,
            start: plan.horizonStart.slice(0, 16),
            end: plan.horizonEnd.slice(0, 16),
          }}
        >
          <Form.Item
            name="venueId"
            label={t('scenarios.closures.venue')}
            rules={[{ required: true, message: t('scenarios.closures.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('scenarios.closures.venuePlaceholder')}
              loading={document.isLoading}
              options={venues.map((v) => ({ value: v.id, label: venueName(v.id, v.name) }))}
              onChange={() => form.setFieldValue('spaceId', WHOLE_VENUE)}
              data-testid="closure-venue"
            />
          </Form.Item>
          <Form.Item name="spaceId" label={t('scenarios.closures.space')}>
            <Select
              options={[
                { value: WHOLE_VENUE, label: t('scenarios.closures.wholeVenue') },
                ...(venue?.spaces ?? []).map((space) => ({ value: space.id, label: space.name })),
              ]}
              data-testid="closure-space"
            />
          </Form.Item>
          <div className="closure-times">
            <Form.Item
              name="start"
              label={t('scenarios.closures.start')}
              rules={[{ required: true, message: t('scenarios.closures.required') }]}
            >
              <Input type="datetime-local" data-testid="closure-start" />
            </Form.Item>
            <Form.Item
              name="end"
              label={t('scenarios.closures.end')}
              dependencies={['start']}
              rules={[
                { required: true, message: t('scenarios.closures.required') },
                ({ getFieldValue }) => ({
                  validator: (_, value: string) =>
                    !value || !getFieldValue('start') || value > getFieldValue('start')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('scenarios.closures.endAfterStart'))),
                }),
              ]}
            >
              <Input type="datetime-local" data-testid="closure-end" />
            </Form.Item>
          </div>
          <Form.Item name="reason" label={t('scenarios.closures.reason')}>
            <Input maxLength={200} data-testid="closure-reason" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="closure-add">
            {t('scenarios.closures.add')}
          </Button>
        </Form>
      )}
      <Typography.Title level={3} className="closures-list-title">
        {t('scenarios.closures.list')}
      </Typography.Title>
      <Table<Closure>
        rowKey="id"
        size="small"
        loading={closures.isLoading}
        dataSource={closures.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: <span className="closures-empty">{t('scenarios.closures.none')}</span> }}
        data-testid="closures-table"
        columns={[
          { key: 'space', title: t('scenarios.closures.space'), render: (_, c) => spaces.get(c.spaceId) ?? c.spaceId },
          { key: 'start', title: t('scenarios.closures.start'), render: (_, c) => minute(c.start) },
          { key: 'end', title: t('scenarios.closures.end'), render: (_, c) => minute(c.end) },
          {
            key: 'reason',
            title: t('scenarios.closures.reason'),
            // A reason is the planner's own words, as a booking's reason is.
            render: (_, c) =>
              c.derived ? <Tag>{t('scenarios.closures.derived')}</Tag> : <span data-plan-data>{c.reason}</span>,
          },
          ...(canEdit
            ? [
                {
                  key: 'remove',
                  title: <span className="scenario-hidden-label">{t('scenarios.closures.remove')}</span>,
                  // A derived closure has no id: it comes from a confirmed booking, and only the booking removes it.
                  render: (_: unknown, { derived, id }: Closure) =>
                    !derived &&
                    id != null && (
                      <Button
                        size="small"
                        loading={remove.isPending && remove.variables === id}
                        onClick={() =>
                          remove.mutate(id, {
                            onSuccess: () => void message.success(t('scenarios.closures.removed')),
                            onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
                          })
                        }
                      >
                        {t('scenarios.closures.remove')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
