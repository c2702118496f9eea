import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ReasonDialogProps {
  /** Which answer the reason is for; the dialog is closed while this is null. */
  answer: 'decline' | 'cancel' | null;
  bookingId: number;
  /** Declining several requests at once with the one reason: how many. */
  count?: number;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}

/**
 * Asks for the reason of a decline or a cancellation: required, since the officers act on it. Declining
 * several requests at once asks once; the reason goes with each.
 */
export function ReasonDialog({ answer, bookingId, count, pending, onSubmit, onClose }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const decline = answer === 'decline';
  return (
    <Modal
      open={answer !== null}
      title={
        count !== undefined
          ? t('inbox.reason.declineManyTitle', { count })
          : t(decline ? 'inbox.reason.declineTitle' : 'inbox.reason.cancelTitle', { id: bookingId })
      }
      okText={t(decline ? 'inbox.reason.submitDecline' : 'inbox.reason.submitCancel')}
      okButtonProps={{ loading: pending }}
      cancelText={t('inbox.reason.keep')}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
      destroyOnHidden
      rootClassName="inbox-reason-dialog"
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onSubmit(reason.trim())} preserve={false}>
        <Form.Item
          name="reason"
          label={t('inbox.reason.label')}
          extra={t(
            count !== undefined
              ? 'inbox.reason.declineManyHelp'
              : decline
                ? 'inbox.reason.declineHelp'
                : 'inbox.reason.cancelHelp',
          )}
          rules={[{ required: true, whitespace: true, message: t('inbox.reason.required') }]}
        >
          <Input.TextArea rows={3} maxLength={500} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
