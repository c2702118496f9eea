import { Alert, Form, Input, Select, Space } from 'antd';
import { NumberInput } from '@/components/number-input';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClearControl } from '@/components/clear-control';
import { currentLanguage } from '@/lib/i18n';
import { delegationName } from '@/lib/local-names';
import { isApiError } from '@/lib/api-client';
import { toMinute } from '@/lib/datetime';
import { errorMessage } from '@/lib/errors';
import type { Delegation, DelegationRequest } from '@/types/api';
import { useSaveDelegation } from '../api/delegations';
import { useFormProblems } from '@/lib/use-form-problems';
import { ContentFormDrawer, type ContentFormProps } from './content-form-drawer';
import { HEAD_RANKS } from '@/lib/vocabulary';

/** The form's fields, named as the API names them so that its errors find them. */
const FIELDS = ['id', 'name', 'country', 'headRank', 'size', 'arrival', 'departure', 'hotelVenueId', 'separateFrom'];

interface DelegationValues {
  id: string;
  name: string;
  country?: string;
  headRank?: DelegationRequest['headRank'];
  size?: number | null;
  arrival?: string;
  departure?: string;
  hotelVenueId?: string;
  separateFrom: string[];
}

function valuesOf(delegation: Delegation | undefined): DelegationValues {
  if (!delegation) return { id: '', name: '', separateFrom: [] };
  return {
    id: delegation.id,
    name: delegation.name,
    country: delegation.country ?? undefined,
    headRank: delegation.headRank,
    size: delegation.size,
    arrival: toMinute(delegation.arrival),
    departure: toMinute(delegation.departure),
    hotelVenueId: delegation.hotelVenueId ?? undefined,
    separateFrom: delegation.separateFrom,
  };
}

/**
 * Creating or editing a delegation in a drawer. The API checks it by the exchange format's rules;
 * each of its messages appears next to the field its JSON path names, the others above the form.
 * Shown while it is rendered: key it by the delegation so that each opening starts afresh.
 */
export function DelegationForm({
  planId,
  delegation,
  delegations,
  document,
  onClose,
  onSaved,
}: ContentFormProps & {
  /** The delegation to edit; none to create one. */
  delegation?: Delegation;
  delegations: Delegation[];
}) {
  const { t } = useTranslation();
  const clear = useClearControl();
  const [form] = Form.useForm<DelegationValues>();
  const save = useSaveDelegation(planId);
  const { problems, clear: clearProblems, onError } = useFormProblems(form, FIELDS);

  const hotels = useMemo(
    () => (document?.venues ?? []).map((venue) => ({ value: venue.id, label: venue.name })),
    [document],
  );
  const others = useMemo(
    () =>
      delegations
        .filter((d) => d.id !== delegation?.id)
        .map((d) => ({ value: d.id, label: `${delegationName(d, currentLanguage())} (${d.id})` })),
    [delegations, delegation],
  );

  const submit = (values: DelegationValues) => {
    // A value left empty is sent as null, so that the API names it missing next to its field.
    const body: DelegationRequest = {
      id: values.id.trim(),
      name: values.name.trim(),
      country: values.country?.trim() || undefined,
      headRank: (values.headRank ?? null) as DelegationRequest['headRank'],
      size: (values.size ?? null) as number,
      arrival: (values.arrival ?? null) as string,
      departure: (values.departure ?? null) as string,
      hotelVenueId: values.hotelVenueId || undefined,
      separateFrom: values.separateFrom ?? [],
      version: delegation?.version,
    };
    clearProblems();
    save.mutate({ originalId: delegation?.id, body }, { onSuccess: onSaved, onError });
  };

  const title = delegation
    ? t('delegations.form.editTitle', { name: delegation.name })
    : t('delegations.form.createTitle');
  return (
    <ContentFormDrawer
      section="delegations"
      title={title}
      width={560}
      problems={problems}
      saving={save.isPending}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      {save.isError && !isApiError(save.error) && (
        <Alert type="error" title={errorMessage(save.error, t, t('errors.unexpected'))} />
      )}
      <Form<DelegationValues>
        form={form}
        layout="vertical"
        name="delegation"
        onFinish={submit}
        initialValues={valuesOf(delegation)}
      >
        <Form.Item
          name="id"
          label={t('delegations.form.id')}
          extra={t('delegations.form.idHelp')}
          rules={[{ required: true, whitespace: true, message: t('delegations.form.required') }]}
        >
          <Input disabled={!!delegation} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('delegations.form.name')}
          rules={[{ required: true, whitespace: true, message: t('delegations.form.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="country" label={t('delegations.form.country')}>
          <Input maxLength={2} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="headRank"
          label={t('delegations.form.rank')}
          rules={[{ required: true, message: t('delegations.form.required') }]}
        >
          <Select options={HEAD_RANKS.map((rank) => ({ value: rank, label: t(`enums.rank.${rank}`) }))} />
        </Form.Item>
        <Form.Item
          name="size"
          label={t('delegations.form.size')}
          rules={[{ required: true, message: t('delegations.form.required') }]}
        >
          <NumberInput />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="arrival"
            label={t('delegations.form.arrival')}
            rules={[{ required: true, message: t('delegations.form.required') }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item
            name="departure"
            label={t('delegations.form.departure')}
            rules={[{ required: true, message: t('delegations.form.required') }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </Space>
        <Form.Item name="hotelVenueId" label={t('delegations.form.hotel')}>
          <Select allowClear={clear} showSearch={{ optionFilterProp: 'label' }} options={hotels} />
        </Form.Item>
        <Form.Item name="separateFrom" label={t('delegations.form.separateFrom')}>
          <Select mode="multiple" allowClear={clear} showSearch={{ optionFilterProp: 'label' }} options={others} />
        </Form.Item>
      </Form>
    </ContentFormDrawer>
  );
}
