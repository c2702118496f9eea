import { Alert, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClearControl } from '@/components/clear-control';
import { FormDrawer } from '@/components/form-drawer';
import { toMinute } from './delegation-form';
import { ProblemList } from '@/components/problem-list';
import type { Delegation } from '../api/delegations';
import { problemOnForm, type ProblemOnForm } from '@/lib/problem-fields';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import type { Engagement, Placement } from '@/types/api';
import type { PlanDocument } from '@/types/plan-document';
import { useSaveEngagement, type EngagementBody } from '../api/engagements';

export const EVENT_TYPES = [
  'WELCOME_CEREMONY',
  'BILATERAL_TALKS',
  'PLENARY',
  'STATE_BANQUET',
  'RECEPTION',
  'SIGNING_CEREMONY',
  'PRESS_CONFERENCE',
  'CULTURAL_VISIT',
  'WORKING_LUNCH',
  'BRIEFING',
] as const;
const LAYOUTS = ['THEATRE', 'BANQUET', 'RECEPTION', 'ROUNDTABLE', 'CLASSROOM', 'CEREMONY'] as const;
const FEATURES = [
  'INTERPRETATION',
  'STAGE',
  'PRESS_AREA',
  'KITCHEN',
  'ACCESSIBLE',
  'OUTDOOR',
  'SECURE_HOLDING_ROOM',
  'BROADCAST',
  'HELIPAD',
] as const;
const GRADES = ['A', 'B', 'C'] as const;

/** The form's fields, named as the API names them so that its errors find them. */
const FIELDS = [
  'id',
  'title',
  'type',
  'delegations',
  'headcount',
  'layout',
  'durationMinutes',
  'requiredFeatures',
  'minSecurityGrade',
  'earliestStart',
  'latestEnd',
  'preferredSpaces',
  'excludedSpaces',
  'priority',
  'after',
  'confidential',
];

interface EngagementValues {
  id: string;
  title: string;
  type?: string;
  delegations: string[];
  headcount?: number | null;
  layout?: string;
  durationMinutes?: number | null;
  requiredFeatures: string[];
  minSecurityGrade?: string;
  earliestStart?: string;
  latestEnd?: string;
  preferredSpaces: string[];
  excludedSpaces: string[];
  priority?: number | null;
  after: string[];
  confidential: boolean;
}

function valuesOf(engagement: Engagement | undefined): EngagementValues {
  if (!engagement) {
    return {
      id: '',
      title: '',
      delegations: [],
      requiredFeatures: [],
      preferredSpaces: [],
      excludedSpaces: [],
      after: [],
      priority: 1,
      confidential: false,
    };
  }
  return {
    id: engagement.id,
    title: engagement.title,
    type: engagement.type,
    delegations: engagement.delegations,
    headcount: engagement.headcount,
    layout: engagement.layout,
    durationMinutes: engagement.durationMinutes,
    requiredFeatures: engagement.requiredFeatures,
    minSecurityGrade: engagement.minSecurityGrade ?? undefined,
    earliestStart: toMinute(engagement.earliestStart),
    latestEnd: toMinute(engagement.latestEnd),
    preferredSpaces: engagement.preferredSpaces,
    excludedSpaces: engagement.excludedSpaces,
    priority: engagement.priority,
    after: engagement.after,
    confidential: engagement.confidential,
  };
}

const placement = (value: Placement | null | undefined) =>
  value?.spaceId && value.start ? { spaceId: value.spaceId, start: toMinute(value.start)! } : undefined;

/** An empty number field is sent as null, so that the API names it missing next to it. */
const number = (value: number | null | undefined) => (value ?? null) as number;

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
}: {
  planId: number;
  /** The engagement to edit; none to create one. */
  engagement?: Engagement;
  engagements: Engagement[];
  delegations: Delegation[];
  document?: PlanDocument;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const clear = useClearControl();
  const [form] = Form.useForm<EngagementValues>();
  const save = useSaveEngagement(planId);
  const [problems, setProblems] = useState<ProblemOnForm['general']>([]);

  const spaceOptions = useMemo(
    () =>
      (document?.venues ?? []).flatMap((venue) =>
        venue.spaces.map((space) => ({ value: space.id, label: `${venue.name} · ${space.name}` })),
      ),
    [document],
  );
  const spaceNames = useMemo(() => new Map(spaceOptions.map((o) => [o.value, o.label])), [spaceOptions]);
  const delegationOptions = useMemo(
    () => delegations.map((d) => ({ value: d.id, label: `${d.name} (${d.id})` })),
    [delegations],
  );
  const engagementOptions = useMemo(
    () =>
      engagements.filter((e) => e.id !== engagement?.id).map((e) => ({ value: e.id, label: `${e.title} (${e.id})` })),
    [engagements, engagement],
  );

  const submit = (values: EngagementValues) => {
    const body: EngagementBody = {
      id: values.id.trim(),
      title: values.title.trim(),
      type: values.type ?? '',
      delegations: values.delegations ?? [],
      headcount: number(values.headcount),
      layout: values.layout ?? '',
      durationMinutes: number(values.durationMinutes),
      requiredFeatures: values.requiredFeatures ?? [],
      minSecurityGrade: values.minSecurityGrade || undefined,
      earliestStart: values.earliestStart || undefined,
      latestEnd: values.latestEnd || undefined,
      preferredSpaces: values.preferredSpaces ?? [],
      excludedSpaces: values.excludedSpaces ?? [],
      priority: number(values.priority),
      after: values.after ?? [],
      pinned: placement(engagement?.pinned),
      published: placement(engagement?.published),
      confidential: !!values.confidential,
      version: engagement?.version,
    };
    setProblems([]);
    save.mutate(
      { originalId: engagement?.id, body },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isApiError(error)) {
            const placed = problemOnForm(error.problem, FIELDS);
            form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
            setProblems(placed.general);
          } else {
            setProblems([{ message: errorMessage(error, t, t('errors.unexpected')) }]);
          }
        },
      },
    );
  };

  const required = [{ required: true, message: t('engagements.form.required') }];
  const title = engagement
    ? t('engagements.form.editTitle', { name: engagement.title })
    : t('engagements.form.createTitle');
  const pinned = placement(engagement?.pinned);
  return (
    <FormDrawer
      title={title}
      width={640}
      className="engagement-form-drawer"
      testId="engagement-form"
      saveTestId="engagement-save"
      saveLabel={t('engagements.form.save')}
      cancelLabel={t('engagements.form.cancel')}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <ProblemList title={t('engagements.form.refused')} problems={problems} testId="form-problems" />
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
              <InputNumber precision={0} />
            </Form.Item>
            <Form.Item name="priority" label={t('engagements.form.priority')}>
              <InputNumber precision={0} />
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
            <Select allowClear={clear} options={GRADES.map((v) => ({ value: v, label: v }))} />
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
            <InputNumber precision={0} />
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
    </FormDrawer>
  );
}
