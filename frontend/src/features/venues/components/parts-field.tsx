import { Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language, SpaceDetail } from '@/types/api';
import { localName } from '../lib/venue-name';
import { possibleParts, wholesOf } from '../lib/space-parts';

/**
 * The space form's parts: the other spaces of its venue a divisible hall is made of. A space that is itself a
 * part of another is told so instead of being offered a choice, since a part has no parts of its own.
 */
export function PartsField({
  space,
  spaces,
  language,
}: {
  space: SpaceDetail;
  spaces: readonly SpaceDetail[];
  language: Language;
}) {
  const { t } = useTranslation();
  const wholes = wholesOf(space, spaces);
  const names = (list: SpaceDetail[]) => list.map((s) => localName(s, language)).join(t('explain.listSeparator'));
  if (wholes.length > 0) {
    return (
      <Form.Item label={t('venue.parts')}>
        <Typography.Text>{t('venue.partOfHint', { wholes: names(wholes) })}</Typography.Text>
      </Form.Item>
    );
  }
  return (
    <Form.Item
      name="parts"
      label={t('venue.parts')}
      extra={<Typography.Text type="secondary">{t('venue.partsHint')}</Typography.Text>}
    >
      <Select
        mode="multiple"
        options={possibleParts(space, spaces).map((part) => ({ value: part.id, label: localName(part, language) }))}
      />
    </Form.Item>
  );
}
