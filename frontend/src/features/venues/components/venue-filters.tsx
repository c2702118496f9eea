import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { NumberInput } from '@/components/number-input';
import { useTranslation } from 'react-i18next';
import type { VenueFilters as Filters } from '@/api/search-venues';
import { catalogueTerm } from '@/lib/catalogue-terms';
import { currentLanguage } from '@/lib/i18n';
import { FEATURES, LAYOUTS, SECURITY_GRADES } from '@/lib/vocabulary';

export interface VenueFiltersProps {
  value: Filters;
  types: string[];
  districts: string[];
  onChange: (filters: Filters) => void;
}

interface ChoiceFilterProps {
  label: string;
  id: string;
  className: string;
  value: string | undefined;
  onChange: (value: string) => void;
  options: Array<{ value: string; label: string }>;
}

/** One filter of a few choices, "any" among them (the empty value). */
function ChoiceFilter({ label, id, className, value, onChange, options }: ChoiceFilterProps) {
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select id={id} className={className} value={value ?? ''} onChange={onChange} options={options} />
    </Form.Item>
  );
}

/** Search by English or Chinese name, and the catalogue's filters. */
export function VenueFilters({ value, types, districts, onChange }: VenueFiltersProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const any = { value: '', label: t('venues.any') };
  return (
    <Form layout="vertical" className="venue-filters" onSubmitCapture={(event) => event.preventDefault()}>
      <Space wrap align="end">
        <Form.Item label={t('venues.search')} htmlFor="venue-q">
          <Input.Search
            id="venue-q"
            allowClear
            defaultValue={value.q}
            onSearch={(q) => set({ q })}
            className="venue-search"
          />
        </Form.Item>
        <ChoiceFilter
          label={t('venues.type')}
          id="venue-type"
          className="venue-select"
          value={value.type}
          onChange={(type) => set({ type })}
          options={[any, ...types.map((type) => ({ value: type, label: catalogueTerm('venueType', type, language) }))]}
        />
        <ChoiceFilter
          label={t('venues.district')}
          id="venue-district"
          className="venue-select"
          value={value.district}
          onChange={(district) => set({ district })}
          options={[
            any,
            ...districts.map((district) => ({ value: district, label: catalogueTerm('district', district, language) })),
          ]}
        />
        <ChoiceFilter
          label={t('venues.grade')}
          id="venue-grade"
          className="venue-select-small"
          value={value.grade}
          onChange={(grade) => set({ grade })}
          options={[any, ...SECURITY_GRADES.map((grade) => ({ value: grade, label: grade }))]}
        />
        <ChoiceFilter
          label={t('venues.layout')}
          id="venue-layout"
          className="venue-select"
          value={value.layout}
          onChange={(layout) => set({ layout })}
          options={[any, ...LAYOUTS.map((layout) => ({ value: layout, label: t(`enums.layout.${layout}`) }))]}
        />
        <Form.Item label={t('venues.capacity')} htmlFor="venue-capacity">
          <NumberInput
            id="venue-capacity"
            min={0}
            disabled={!value.layout}
            value={value.capacity}
            onChange={(capacity) => set({ capacity: capacity ?? undefined })}
          />
        </Form.Item>
        <ChoiceFilter
          label={t('venues.feature')}
          id="venue-feature"
          className="venue-select"
          value={value.feature}
          onChange={(feature) => set({ feature })}
          options={[any, ...FEATURES.map((feature) => ({ value: feature, label: t(`enums.feature.${feature}`) }))]}
        />
        <Form.Item>
          <Checkbox checked={!!value.incomplete} onChange={(event) => set({ incomplete: event.target.checked })}>
            {t('venues.incompleteOnly')}
          </Checkbox>
        </Form.Item>
        <Form.Item>
          {/* The filters go; which venues are listed (the catalogue or plans' own) stays. */}
          <Button onClick={() => onChange({ scope: value.scope })}>{t('venues.clear')}</Button>
        </Form.Item>
      </Space>
    </Form>
  );
}
