import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/lib/errors';
import type { Plan } from '@/types/api';
import { useCreateScenario } from '../api/scenarios';

/** Copies a live plan into a draft scenario (after asking for its name) and opens its board. */
export function NewScenarioButton({ plan, size }: { plan: Pick<Plan, 'id' | 'name'>; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateScenario(plan.id);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name?: string }>();

  const submit = ({ name }: { name?: string }) =>
    create.mutate(name?.trim() || undefined, {
      onSuccess: (scenario) => {
        void message.success(t('scenarios.created'));
        setOpen(false);
        void navigate(`/plans/${scenario.id}`);
      },
      onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
    });

  return (
    <>
      <Button size={size} onClick={() => setOpen(true)} data-testid={`new-scenario-${plan.id}`}>
        {t('scenarios.newScenario')}
      </Button>
      <Modal
        open={open}
        title={t('scenarios.newScenarioTitle', { plan: plan.name })}
        okText={t('scenarios.create')}
        cancelText={t('scenarios.cancel')}
        onOk={() => form.submit()}
        okButtonProps={{ loading: create.isPending }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        className="new-scenario-dialog"
      >
        <Form form={form} layout="vertical" name="new-scenario" onFinish={submit} preserve={false}>
          <Form.Item name="name" label={t('scenarios.name')} extra={t('scenarios.nameHelp')} rules={[{ max: 200 }]}>
            <Input maxLength={200} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
