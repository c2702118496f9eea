import { App, Button, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { useUpdateWeights, useWeights } from '../api/weights';
import { ruleName } from '../lib/rule-name';

/** The plan's soft weights, 0 to 1000 (0 switches a rule off), each with its default. */
export function WeightsPanel({ planId, canEdit }: { planId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const weights = useWeights(planId);
  const update = useUpdateWeights(planId);

  if (!weights.data) {
    return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
  }
  const initial = Object.fromEntries(weights.data.weights.map((row) => [row.constraintId, row.weight]));
  return (
    <Form
      key={weights.data.version}
      layout="horizontal"
      labelCol={{ span: 14 }}
      initialValues={initial}
      disabled={!canEdit}
      onFinish={(values: Record<string, number>) =>
        update.mutate(
          { version: weights.data!.version, weights: values },
          {
            onSuccess: () => void message.success(t('board.weightsSaved')),
            onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
          },
        )
      }
    >
      {weights.data.weights.map((row) => (
        <Form.Item
          key={row.constraintId}
          name={row.constraintId}
          label={ruleName(row.constraintId, t)}
          extra={t('board.weightDefault', { value: row.defaultWeight })}
        >
          <InputNumber min={0} max={1000} />
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
