import { Alert, Form, Input, Select, Space, Switch } from 'antd';
import { NumberInput } from '@/components/number-input';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClearControl } from '@/components/clear-control';
import { currentLanguage } from '@/lib/i18n';
import { delegationName } from '@/lib/local-names';
import type { Engagement, Delegation } from '@/types/api';
import { useSaveEngagement } from '../api/engagements';
import {
  engagementBody,
  ENGAGEMENT_FIELDS,
  placement,
  valuesOf,
  type EngagementValues,
} from '../lib/engagement-values';
import { useFormProblems } from '@/lib/use-form-problems';
import { ContentFormDrawer, type ContentFormProps } from './content-form-drawer';
import { EVENT_TYPES, FEATURES, LAYOUTS, SECURITY_GRADES } from '@/lib/vocabulary';

/**
 * Creating or editing an engagement in a drawer: what it is, who attends, when (window and
 * order), which spaces it prefers or may not use, priority and confidentiality. Its pin and
 * published place are kept as they are (they change on the board). The API's messages appear
 * next to the fields their JSON paths name, the others above the form.
 */
export function EngagementForm({
  planId,
  engagement,
  engagements,
  delegations,
  document,
  onClose,
  onSaved,
}: ContentFormProps & {
  /** The engagement to edit; none to create one. */
  engagement?: Engagement;
  engagements: Engagement[];
  delegations: Delegation[];
}) {
  const { t } = useTranslation();
  const clear = useClearControl();
  const [form] = Form.useForm<EngagementValues>();
  const save = useSaveEngagement(planId);
  const { problems, clear: clearProblems, onError } = useFormProblems(form, ENGAGEMENT_FIELDS);

  const spaceOptions = useMemo(
    () =>
      (document?.venues ?? []).flatMap((venue) =>
        venue.spaces.map((space) => ({ value: space.id, label: `${venue.name} · ${space.name}` })),
      ),
    [document],
  );
  const spaceNames = useMemo(() => new Map(spaceOptions.map((o) => [o.value, o.label])), [spaceOptions]);
  const delegationOptions = useMemo(
    () => delegations.map((d) => ({ value: d.id, label: `${delegationName(d, currentLanguage())} (${d.id})` })),
    [delegations],
  );
  const engagementOptions = useMemo(
    () =>
      engagements.filter((e) => e.id !== engagement?.id).map((e) => ({ value: e.id, label: `${e.title} (${e.id})` })),
    [engagements, engagement],
  );

  const submit = (values: EngagementValues) => {
    const body = engagementBody(values, engagement);
    clearProblems();
    save.mutate({ originalId: engagement?.id, body }, { onSuccess: onSaved, onError });
  };

  const required = [{ required: true, message: t('engagements.form.required') }];
  const title = engagement
    ? t('engagements.form.editTitle', { name: engagement.title })
    : t('engagements.form.createTitle');
  const pinned = placement(engagement?.pinned);
  return (
    <ContentFormDrawer
      section="engagements"
      title={title}
      width={640}
      problems={problems}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      {pinned && (
        <Alert
          type="info"
          className="problem-list"
          title={t('engagements.form.pinnedAt', {
            space: spaceNames.get(pinned.spaceId) ?? pinned.spaceId,
            start: pinned.start.replace('T', ' '),
          })}
        />
      )}
      <Form<EngagementValues>
        form={form}
        layout="vertical"
        name="engagement"
        onFinish={submit}
        initialValues={valuesOf(engagement)}
      >
        <fieldset className="form-section">
          <legend>{t('engagements.form.basics')}</legend>
          <Form.Item
            name="id"
            label={t('engagements.form.id')}
            extra={t('engagements.form.idHelp')}
            rules={[{ ...required[0], whitespace: true }]}
          >
            <Input disabled={!!engagement} autoComplete="off" />
          </Form.Item>
          <Form.Item name="title" label={t('engagements.form.title')} rules={[{ ...required[0], whitespace: true }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="type" label={t('engagements.form.type')} rules={required}>
              <Select
                className="form-select-medium"
                options={EVENT_TYPES.map((v) => ({ value: v, label: t(`enums.eventType.${v}`) }))}
              />
            </Form.Item>
            <Form.Item name="layout" label={t('engagements.form.layout')} rules={required}>
              <Select
                className="form-select-medium"
                options={LAYOUTS.map((v) => ({ value: v, label: t(`enums.layout.${v}`) }))}
              />
            </Form.Item>
          </Space>
          <Space wrap align="start">
            <Form.Item name="headcount" label={t('engagements.form.headcount')} rules={required}>
              <NumberInput />
            </Form.Item>
            <Form.Item name="priority" label={t('engagements.form.priority')}>
              <NumberInput />
            </Form.Item>
          </Space>
          <Form.Item name="requiredFeatures" label={t('engagements.form.requiredFeatures')}>
            <Select
              mode="multiple"
              allowClear={clear}
              options={FEATURES.map((v) => ({ value: v, label: t(`enums.feature.${v}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="minSecurityGrade"
            label={t('engagements.form.minSecurityGrade')}
            extra={t('engagements.form.noGrade')}
          >
            <Select allowClear={clear} options={SECURITY_GRADES.map((v) => ({ value: v, label: v }))} />
          </Form.Item>
          <Form.Item name="confidential" label={t('engagements.form.confidential')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('engagements.form.attendance')}</legend>
          <Form.Item name="delegations" label={t('engagements.form.delegations')}>
            <Select
              mode="multiple"
              allowClear={clear}
              showSearch={{ optionFilterProp: 'label' }}
              options={delegationOptions}
            />
          </Form.Item>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('engagements.form.timing')}</legend>
          <Form.Item name="durationMinutes" label={t('engagements.form.duration')} rules={required}>
            <NumberInput />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="earliestStart" label={t('engagements.form.earliestStart')}>
              <Input type="datetime-local" />
            </Form.Item>
            <Form.Item name="latestEnd" label={t('engagements.form.latestEnd')}>
              <Input type="datetime-local" />
            </Form.Item>
          </Space>
          <Form.Item name="after" label={t('engagements.form.after')}>
            <Select
              mode="multiple"
              allowClear={clear}
              showSearch={{ optionFilterProp: 'label' }}
              options={engagementOptions}
            />
          </Form.Item>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('engagements.form.spaces')}</legend>
          <Form.Item name="preferredSpaces" label={t('engagements.form.preferredSpaces')}>
            <Select
              mode="multiple"
              allowClear={clear}
              showSearch={{ optionFilterProp: 'label' }}
              options={spaceOptions}
            />
          </Form.Item>
          <Form.Item name="excludedSpaces" label={t('engagements.form.excludedSpaces')}>
            <Select
              mode="multiple"
              allowClear={clear}
              showSearch={{ optionFilterProp: 'label' }}
              options={spaceOptions}
            />
          </Form.Item>
        </fieldset>
      </Form>
    </ContentFormDrawer>
  );
}
