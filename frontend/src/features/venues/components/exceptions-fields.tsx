import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** The ranges of one special-hours date. */
function SpecialRanges({ exception }: { exception: number }) {
  const { t } = useTranslation();
  return (
    <Form.List name={[exception, 'windows']}>
      {(fields, { add, remove }) => (
        <Space wrap align="end">
          {fields.map((field) => (
            <Space key={field.key} align="end">
              <Form.Item name={[field.name, 'from']} label={t('venue.from')} rules={[{ required: true }]}>
                <Input placeholder="19:00" />
              </Form.Item>
              <Form.Item name={[field.name, 'to']} label={t('venue.to')} rules={[{ required: true }]}>
                <Input placeholder="23:00" />
              </Form.Item>
              <Form.Item>
                <Button onClick={() => remove(field.name)}>{t('openingHours.removeRange')}</Button>
              </Form.Item>
            </Space>
          ))}
          <Form.Item>
            <Button onClick={() => add({ from: '', to: '' })}>{t('openingHours.addSpecialRange')}</Button>
          </Form.Item>
        </Space>
      )}
    </Form.List>
  );
}

/** The space form's dated exceptions: a date closed all day, or open in special ranges instead of its weekday's. */
export function ExceptionsFields() {
  const { t } = useTranslation();
  const kinds = [
    { value: 'closed', label: t('openingHours.closed') },
    { value: 'special', label: t('openingHours.special') },
  ];
  return (
    <Form.List name="exceptions">
      {(fields, { add, remove }) => (
        <fieldset className="space-editor-set">
          <legend>{t('openingHours.exceptions')}</legend>
          {fields.map((field, index) => (
            <div key={field.key} data-testid={`opening-exception-${index}`}>
              <Space wrap align="end">
                <Form.Item name={[field.name, 'date']} label={t('openingHours.date')} rules={[{ required: true }]}>
                  <Input type="date" />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} label={t('openingHours.kind')}>
                  <Select options={kinds} style={{ minWidth: 160 }} />
                </Form.Item>
                <Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('openingHours.removeException')}</Button>
                </Form.Item>
              </Space>
              <Form.Item noStyle dependencies={[['exceptions', field.name, 'kind']]}>
                {({ getFieldValue }) =>
                  getFieldValue(['exceptions', field.name, 'kind']) === 'special' ? (
                    <SpecialRanges exception={field.name} />
                  ) : null
                }
              </Form.Item>
            </div>
          ))}
          <Button onClick={() => add({ date: '', kind: 'closed', windows: [] })}>
            {t('openingHours.addException')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
