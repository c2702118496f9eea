import { Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '@/components/query-state';
import { Link } from 'react-router';
import { allows } from '@/lib/allowed-actions';
import { catalogueTerm } from '@/lib/catalogue-terms';
import { currentLanguage } from '@/lib/i18n';
import type { SpaceDetail } from '@/types/api';
import { useVenue } from '../api/get-venue';
import { localName } from '../lib/venue-name';
import { describeExceptions, describeWeek } from '../lib/opening-hours';
import { partsOf, wholesOf } from '../lib/space-parts';
import { VenueRunSheetMenu } from './venue-run-sheet-menu';

/**
 * A venue: where it is, how it is graded, and its spaces with capacities, parts, hours and blackouts; the link to
 * its spaces' editor where the venue's `allowedActions` has "editSpaces".
 */
export function VenuePage({ venueId }: { venueId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const venue = useVenue(venueId);

  if (venue.error) {
    return <LoadError error={venue.error} />;
  }
  if (!venue.data) {
    return <Loading />;
  }
  const v = venue.data;
  return (
    <>
      <Link to="/venues">{t('venue.back')}</Link>
      <Typography.Title level={1} className="page-title">
        {localName(v, language)} {v.incomplete && <Tag className="tag-incomplete">{t('venues.incomplete')}</Tag>}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'type', label: t('venues.type'), children: catalogueTerm('venueType', v.type, language) },
          { key: 'district', label: t('venues.district'), children: catalogueTerm('district', v.district, language) },
          {
            key: 'grade',
            label: t('venues.grade'),
            children: `${v.securityGrade ?? '-'}${v.gradingIsDemoAssumption ? ` (${t('venues.demoAssumption')})` : ''}`,
          },
          { key: 'prestige', label: t('venues.prestige'), children: v.prestige },
          {
            key: 'coordinates',
            label: t('venue.coordinates'),
            children: v.lat != null && v.lon != null ? `${v.lat.toFixed(4)}, ${v.lon.toFixed(4)}` : t('venue.none'),
          },
        ]}
      />
      <Space className="venue-spaces-head">
        <Typography.Title level={2} className="board-section-title">
          {t('venue.spaces')}
        </Typography.Title>
        <VenueRunSheetMenu venueId={venueId} />
        {allows(v, 'editSpaces') && (
          <Link to={`/venues/${encodeURIComponent(venueId)}/edit`}>
            <Button type="primary">{t('venue.edit')}</Button>
          </Link>
        )}
      </Space>
      <Table<SpaceDetail>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={v.spaces}
        data-testid="venue-spaces"
        columns={[
          { key: 'name', title: t('venues.name'), render: (_, space) => localName(space, language) },
          {
            key: 'capacity',
            title: t('venue.capacity'),
            render: (_, space) =>
              Object.entries(space.capacity ?? {})
                .map(([layout, seats]) => `${t(`enums.layout.${layout}` as 'enums.layout.THEATRE')} ${seats}`)
                .join(' · '),
          },
          {
            key: 'parts',
            title: t('venue.parts'),
            render: (_, space) => {
              const names = (list: SpaceDetail[]) =>
                list.map((s) => localName(s, language)).join(t('explain.listSeparator'));
              const parts = partsOf(space, v.spaces);
              const wholes = wholesOf(space, v.spaces);
              if (parts.length > 0) {
                return t('venue.madeOf', { parts: names(parts) });
              }
              return wholes.length > 0 ? t('venue.partOf', { wholes: names(wholes) }) : t('venue.notDivided');
            },
          },
          {
            key: 'features',
            title: t('venue.features'),
            render: (_, space) =>
              space.features
                .map((f) => t(`enums.feature.${f}` as 'enums.feature.STAGE'))
                .join(t('explain.listSeparator')),
          },
          {
            key: 'turnover',
            title: t('venue.turnover'),
            render: (_, space) => t('venue.turnoverMinutes', { minutes: space.turnoverMinutes }),
          },
          {
            key: 'open',
            title: t('venue.openingHours'),
            render: (_, space) => describeWeek(space, t).map((line) => <div key={line}>{line}</div>),
          },
          {
            key: 'exceptions',
            title: t('openingHours.exceptions'),
            render: (_, space) => {
              const lines = describeExceptions(space, t);
              return lines.length === 0
                ? t('openingHours.noExceptions')
                : lines.map((line) => <div key={line}>{line}</div>);
            },
          },
          {
            key: 'blackouts',
            title: t('venue.blackouts'),
            render: (_, space) =>
              space.blackouts.length === 0
                ? t('venue.noBlackouts')
                : space.blackouts.map((b) => (
                    <div key={`${b.start}-${b.end}`}>
                      {b.start.replace('T', ' ')} – {b.end.replace('T', ' ')}
                      {b.reason ? <span data-plan-data> ({b.reason})</span> : ''}
                    </div>
                  )),
          },
        ]}
      />
    </>
  );
}
