import { Segmented, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { catalogueTerm } from '@/lib/catalogue-terms';
import { currentLanguage } from '@/lib/i18n';
import type { VenueSummary } from '@/types/api';
import { useAreas } from '../api/get-areas';
import { useAllVenues } from '@/api/get-all-venues';
import { useVenueSearch, type VenueFilters as Filters } from '@/api/search-venues';
import { localName } from '../lib/venue-name';
import { useHighlightedPlan } from '../hooks/use-highlighted-plan';
import { useImportedVenueColumns } from './imported-venue-columns';
import { MapPlanSelect, type PlanChoice } from './map-plan-select';
import { VenueFilters } from './venue-filters';
import { VenueMap } from './venue-map';

const distinct = (values: Array<string | null | undefined>) =>
  [...new Set(values.filter((value): value is string => !!value))].sort();

/**
 * The venue catalogue: search and filters, the list, and the map of what the filters leave, which highlights
 * the venues of a plan (`?plan=` in the address; those who may read plans choose it here). Venues imported
 * plans brought and still own are listed apart (decision 0111), with the plan each came with and, for the
 * catalogue's editors, a way to add it to the catalogue.
 */
export function VenueCatalogue({ plans }: { plans: PlanChoice[] | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const [filters, setFilters] = useState<Filters>({});
  const all = useAllVenues();
  const found = useVenueSearch(filters);
  const areas = useAreas();
  const name = (item: { nameEn: string; nameZh?: string | null }) => localName(item, language);
  const imported = filters.scope === 'IMPORTED';
  const importedColumns = useImportedVenueColumns(name);
  const plan = useHighlightedPlan();

  const types = useMemo(() => distinct(all.data?.map((venue) => venue.type) ?? []), [all.data]);
  const districts = useMemo(() => distinct(all.data?.map((venue) => venue.district) ?? []), [all.data]);
  const venues = found.data?.content ?? [];
  const highlighted = plan.highlighted;
  const highlightedCount = highlighted ? venues.filter((venue) => highlighted.venueIds.has(venue.id)).length : null;

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('venues.title')}
      </Typography.Title>
      <Segmented
        aria-label={t('importedVenues.views')}
        value={imported ? 'IMPORTED' : 'CATALOGUE'}
        onChange={(scope) => setFilters({ ...filters, scope: scope === 'IMPORTED' ? 'IMPORTED' : undefined })}
        options={[
          { value: 'CATALOGUE', label: t('importedVenues.catalogue') },
          { value: 'IMPORTED', label: t('importedVenues.imported') },
        ]}
        data-testid="venue-scope"
      />
      {imported && <p data-testid="imported-venues-hint">{t('importedVenues.importedHint')}</p>}
      <VenueFilters value={filters} types={types} districts={districts} onChange={setFilters} />
      <p data-testid="venue-count" aria-live="polite">
        {t('venues.total', { count: found.data?.totalElements ?? 0 })}
      </p>
      {plans && (
        <MapPlanSelect
          plans={plans}
          planId={plan.planId}
          planName={plan.planName}
          highlightedCount={highlightedCount}
          onChange={plan.choose}
        />
      )}
      <VenueMap
        venues={venues}
        areas={areas.data ?? []}
        name={name}
        onOpen={(id) => void navigate(`/venues/${encodeURIComponent(id)}`)}
        plan={highlighted}
      />
      <Table<VenueSummary>
        rowKey="id"
        size="small"
        loading={found.isFetching}
        dataSource={venues}
        pagination={{ pageSize: 25, showSizeChanger: false }}
        data-testid="venue-table"
        columns={[
          {
            key: 'name',
            title: t('venues.name'),
            render: (_, venue) => (
              <span className="venue-name-cell">
                <Link to={`/venues/${encodeURIComponent(venue.id)}`}>{name(venue)}</Link>{' '}
                {venue.incomplete && <Tag className="tag-incomplete">{t('venues.incomplete')}</Tag>}
                {venue.synthetic && <Tag>{t('venues.synthetic')}</Tag>}
              </span>
            ),
          },
          { key: 'type', title: t('venues.type'), render: (_, v) => catalogueTerm('venueType', v.type, language) },
          {
            key: 'district',
            title: t('venues.district'),
            render: (_, v) => catalogueTerm('district', v.district, language),
          },
          { key: 'grade', title: t('venues.grade'), dataIndex: 'securityGrade' },
          { key: 'prestige', title: t('venues.prestige'), dataIndex: 'prestige' },
          { key: 'spaces', title: t('venues.spaces'), dataIndex: 'spaceCount' },
          {
            key: 'largest',
            title: t('venues.largest'),
            render: (_, venue) =>
              Object.entries(venue.largestCapacity ?? {})
                .map(([layout, seats]) => `${t(`enums.layout.${layout}` as 'enums.layout.THEATRE')} ${seats}`)
                .join(' · '),
          },
          ...(imported ? importedColumns : []),
        ]}
      />
    </>
  );
}
