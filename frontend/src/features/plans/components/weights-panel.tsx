import { App, Button, Form, Typography } from 'antd';
import { NumberInput } from '@/components/number-input';
import { useTranslation } from 'react-i18next';
import { ProblemList } from '@/components/problem-list';
import { useFormProblems } from '@/lib/use-form-problems';
import { useUpdateWeights, useWeights } from '../api/weights';
import { ruleName } from '../lib/rule-name';

type WeightValues = Record<string, number | null>;

/**
 * The plan's soft weights, each with its default. A weight outside the API's range is not changed
 * to the nearest one: the API refuses it, and its message appears under the weight.
 */
export function WeightsPanel({ planId, canEdit }: { planId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WeightValues>();
  const weights = useWeights(planId);
  const update = useUpdateWeights(planId);
  const ids = weights.data?.weights.map((row) => row.constraintId) ?? [];
  // The API names a weight `weights.<rule id>`; the form names it by the rule id alone.
  const rename = Object.fromEntries(ids.map((id) => [`weights.${id}`, id]));
  const { problems, clear, onError } = useFormProblems(form, ids, rename);

  if (!weights.data) {
    return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
  }
  const initial = Object.fromEntries(weights.data.weights.map((row) => [row.constraintId, row.weight]));
  const save = (values: WeightValues) => {
    clear();
    update.mutate(
      // An emptied weight is sent as null, so that the API names it under its field.
      { version: weights.data!.version, weights: values as Record<string, number> },
      { onSuccess: () => void message.success(t('board.weightsSaved')), onError },
    );
  };
  return (
    <Form<WeightValues>
      key={weights.data.version}
      form={form}
      layout="horizontal"
      labelCol={{ span: 14 }}
      initialValues={initial}
      disabled={!canEdit}
      onFinish={save}
    >
      <Typography.Paragraph type="secondary" data-testid="weights-zero-off">
        {t('board.weightZeroOff')}
      </Typography.Paragraph>
      <ProblemList title={t('board.weightsRefused')} problems={problems} testId="weights-problems" />
      {weights.data.weights.map((row) => (
        <Form.Item
          key={row.constraintId}
          name={row.constraintId}
          label={ruleName(row.constraintId, t)}
          extra={t('board.weightDefault', { value: row.defaultWeight })}
        >
          <NumberInput />
        </Form.Item>
      ))}
      {canEdit && (
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('board.weightsSave')}
        </Button>
      )}
    </Form>
  );
}
