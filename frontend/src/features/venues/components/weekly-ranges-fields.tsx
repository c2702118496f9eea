import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVERY_DAY, WEEKDAYS } from '../lib/opening-hours';

/** The space form's weekly opening ranges: each on every day or on one weekday, several per day. */
export function WeeklyRangesFields() {
  const { t } = useTranslation();
  const dayOptions = [
    { value: EVERY_DAY, label: t('openingHours.everyDay') },
    ...WEEKDAYS.map((day) => ({ value: day, label: t(`openingHours.weekday.${day}`) })),
  ];
  return (
    <Form.List name="open">
      {(fields, { add, remove }) => (
        <fieldset className="space-editor-set">
          <legend>{t('venue.openingHours')}</legend>
          <Typography.Paragraph type="secondary">{t('openingHours.weekHint')}</Typography.Paragraph>
          {fields.map((field, index) => (
            <Space key={field.key} wrap align="end" data-testid={`opening-range-${index}`}>
              <Form.Item name={[field.name, 'day']} label={t('openingHours.day')}>
                <Select options={dayOptions} style={{ minWidth: 140 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'from']} label={t('venue.from')} rules={[{ required: true }]}>
                <Input placeholder="08:00" />
              </Form.Item>
              <Form.Item name={[field.name, 'to']} label={t('venue.to')} rules={[{ required: true }]}>
                <Input placeholder="22:00" />
              </Form.Item>
              <Form.Item>
                <Button onClick={() => remove(field.name)}>{t('openingHours.removeRange')}</Button>
              </Form.Item>
            </Space>
          ))}
          <div>
            <Button onClick={() => add({ day: EVERY_DAY, from: '', to: '' })}>{t('openingHours.addRange')}</Button>
          </div>
        </fieldset>
      )}
    </Form.List>
  );
}
