import { App, Button } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanDocument } from '@/api/get-plan-document';
import { LoadError } from '@/components/query-state';
import { toMinute } from '@/lib/datetime';
import { downloadFile } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { countryName, delegationName } from '@/lib/local-names';
import type { Plan, Delegation } from '@/types/api';
import { useDelegations, useDeleteDelegation } from '../api/delegations';
import { matchesDelegation } from '../lib/delegation-search';
import '../plan-content.css';
import { ContentTable } from './content-table';
import { DelegationForm } from './delegation-form';

const when = (value: string | null | undefined) => toMinute(value)?.replace('T', ' ') ?? '';

/**
 * A plan's delegations: search by name (also the country's name in English and Chinese) or id,
 * paged on the client; adding, editing and deleting for those who may; each one's itinerary.
 */
export function DelegationList({ plan, editable }: { plan: Plan; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const delegations = useDelegations(plan.id);
  const document = usePlanDocument(plan.id);
  const remove = useDeleteDelegation(plan.id);
  const [query, setQuery] = useState('');
  const [downloading, setDownloading] = useState<string>();

  const rows = useMemo(
    () => (delegations.data ?? []).filter((delegation) => matchesDelegation(delegation, query)),
    [delegations.data, query],
  );
  const venueNames = useMemo(
    () => new Map(document.data?.venues.map((venue) => [venue.id, venue.name]) ?? []),
    [document.data],
  );
  const names = useMemo(
    () => new Map(delegations.data?.map((d) => [d.id, delegationName(d, language)]) ?? []),
    [delegations.data, language],
  );

  if (delegations.error) return <LoadError error={delegations.error} />;

  const itinerary = (delegation: Delegation) => {
    setDownloading(delegation.id);
    downloadFile(
      `/api/plans/${plan.id}/delegations/${encodeURIComponent(delegation.id)}/itinerary.pdf?lang=${language}`,
      `itinerary-${delegation.id}-${language}.pdf`,
      language,
    )
      .catch((error: unknown) =>
        message.error(t('delegations.itineraryFailed', { detail: errorMessage(error, t, t('errors.unexpected')) })),
      )
      .finally(() => setDownloading(undefined));
  };

  return (
    <ContentTable<Delegation>
      section="delegations"
      rows={rows}
      loading={delegations.isLoading}
      editable={editable}
      nameOf={(d) => delegationName(d, language)}
      onSearch={setQuery}
      remove={(id, callbacks) => remove.mutate(id, callbacks)}
      form={(row, done) => (
        <DelegationForm
          planId={plan.id}
          delegation={row}
          delegations={delegations.data ?? []}
          document={document.data}
          {...done}
        />
      )}
      deleteHint={t('delegations.confirmDeleteHint')}
      actions={(d) => (
        <Button
          size="small"
          onClick={() => itinerary(d)}
          loading={downloading === d.id}
          data-testid={`itinerary-${d.id}`}
        >
          {t('delegations.itinerary')}
        </Button>
      )}
      columns={[
        { key: 'id', title: t('delegations.column.id'), dataIndex: 'id' },
        { key: 'name', title: t('delegations.column.name'), render: (_, d) => delegationName(d, language) },
        {
          key: 'country',
          title: t('delegations.column.country'),
          render: (_, d) => (d.country ? `${countryName(d.country, language) ?? d.country} (${d.country})` : ''),
        },
        { key: 'rank', title: t('delegations.column.rank'), render: (_, d) => t(`enums.rank.${d.headRank}`) },
        { key: 'size', title: t('delegations.column.size'), dataIndex: 'size', align: 'right' },
        { key: 'arrival', title: t('delegations.column.arrival'), render: (_, d) => when(d.arrival) },
        { key: 'departure', title: t('delegations.column.departure'), render: (_, d) => when(d.departure) },
        {
          key: 'hotel',
          title: t('delegations.column.hotel'),
          render: (_, d) => (d.hotelVenueId ? (venueNames.get(d.hotelVenueId) ?? d.hotelVenueId) : ''),
        },
        {
          key: 'separateFrom',
          title: t('delegations.column.separateFrom'),
          render: (_, d) => d.separateFrom.map((id) => names.get(id) ?? id).join(', '),
        },
      ]}
    />
  );
}
