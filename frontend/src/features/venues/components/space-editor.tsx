import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { NumberInput } from '@/components/number-input';
import { useTranslation } from 'react-i18next';
import { ProblemList } from '@/components/problem-list';
import { useFormProblems } from '@/lib/use-form-problems';
import type { Language, SpaceDetail } from '@/types/api';
import { useUpdateSpace } from '../api/update-space';
import { localName } from '../lib/venue-name';
import {
  exceptionsToForm,
  exceptionsToRequest,
  rangesToForm,
  rangesToRequest,
  type ExceptionForm,
  type RangeForm,
} from '../lib/opening-hours';
import { ExceptionsFields } from './exceptions-fields';
import { PartsField } from './parts-field';
import { WeeklyRangesFields } from './weekly-ranges-fields';
import { FEATURES, LAYOUTS } from '@/lib/vocabulary';

interface SpaceForm {
  capacity: Partial<Record<(typeof LAYOUTS)[number], number | null>>;
  features: string[];
  turnoverMinutes: number;
  open: RangeForm[];
  exceptions: ExceptionForm[];
  blackouts: Array<{ start: string; end: string; reason?: string }>;
  parts: string[];
}

/** The fields the API's errors are shown under, named as the API names them. */
const FIELDS = [...LAYOUTS.map((layout) => `capacity.${layout}`), 'features', 'turnoverMinutes', 'parts'];

/**
 * One space's form: capacities per layout, features, turnover, the parts it is made of among the venue's
 * `spaces`, weekly opening ranges, dated exceptions and blackouts. A value
 * out of range is not changed to the nearest one: the API refuses it, and says so under the field.
 */
export function SpaceEditor({
  venueId,
  space,
  spaces,
  language,
}: {
  venueId: string;
  space: SpaceDetail;
  spaces: readonly SpaceDetail[];
  language: Language;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateSpace(venueId);
  const [form] = Form.useForm<SpaceForm>();
  const { problems, clear, onError } = useFormProblems(form, FIELDS);
  const testId = `space-editor-${space.id}`;

  const save = (values: SpaceForm) => {
    clear();
    const capacity = Object.fromEntries(
      Object.entries(values.capacity ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
    update.mutate(
      {
        spaceId: space.id,
        space: {
          nameEn: space.nameEn,
          nameZh: space.nameZh ?? undefined,
          capacity,
          features: values.features as SpaceDetail['features'],
          turnoverMinutes: values.turnoverMinutes,
          open: rangesToRequest(values.open ?? []),
          exceptions: exceptionsToRequest(values.exceptions ?? []),
          blackouts: values.blackouts.map((b) => ({ start: b.start, end: b.end, reason: b.reason || undefined })),
          parts: values.parts ?? [],
          version: space.version,
        },
      },
      { onSuccess: () => void message.success(t('venue.saved')), onError },
    );
  };

  return (
    <Card title={localName(space, language)} size="small" className="space-editor" data-testid={testId}>
      <ProblemList title={t('venue.refused')} problems={problems} testId={`${testId}-problems`} />
      <Form<SpaceForm>
        key={space.version}
        form={form}
        layout="vertical"
        name={`space-${space.id}`}
        onFinish={save}
        initialValues={{
          capacity: space.capacity,
          features: space.features,
          turnoverMinutes: space.turnoverMinutes,
          parts: space.parts,
          open: rangesToForm(space),
          exceptions: exceptionsToForm(space),
          blackouts: space.blackouts.map((b) => ({
            start: b.start.slice(0, 16),
            end: b.end.slice(0, 16),
            reason: b.reason ?? '',
          })),
        }}
      >
        <Space wrap>
          {LAYOUTS.map((layout) => (
            <Form.Item key={layout} name={['capacity', layout]} label={t(`enums.layout.${layout}`)}>
              <NumberInput />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="features" label={t('venue.features')}>
          <Select mode="multiple" options={FEATURES.map((f) => ({ value: f, label: t(`enums.feature.${f}`) }))} />
        </Form.Item>
        <Form.Item name="turnoverMinutes" label={t('venue.turnover')}>
          <NumberInput />
        </Form.Item>
        <PartsField space={space} spaces={spaces} language={language} />
        <WeeklyRangesFields />
        <ExceptionsFields />
        <Form.List name="blackouts">
          {(fields, { add, remove }) => (
            <fieldset className="space-editor-set">
              <legend>{t('venue.blackouts')}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} wrap align="end" data-testid={`blackout-${index}`}>
                  <Form.Item name={[field.name, 'start']} label={t('venue.from')} rules={[{ required: true }]}>
                    <Input type="datetime-local" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'end']} label={t('venue.to')} rules={[{ required: true }]}>
                    <Input type="datetime-local" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} label={t('venue.reason')}>
                    <Input />
                  </Form.Item>
                  <Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('venue.removeBlackout')}</Button>
                  </Form.Item>
                </Space>
              ))}
              <Button onClick={() => add({ start: '', end: '', reason: '' })}>{t('venue.addBlackout')}</Button>
            </fieldset>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('venue.saveSpace')}
        </Button>
      </Form>
    </Card>
  );
}
