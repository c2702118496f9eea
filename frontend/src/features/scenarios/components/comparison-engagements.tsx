import { Col, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Comparison, Moved, Place, Placed } from '../api/types';

/** The engagements the scenario moved, newly scheduled and left out, each with where it takes place. */
export function ComparisonEngagements({
  comparison: data,
  changed,
  spaceNames,
}: {
  comparison: Comparison;
  changed: boolean;
  /** "Venue · space" by space id. */
  spaceNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const where = (place: Place | null | undefined) =>
    place
      ? `${spaceNames.get(place.spaceId) ?? place.spaceId}, ${place.start.slice(5, 16).replace('T', ' ')}`
      : t('scenarios.comparison.notScheduled');

  const placedColumns = [
    {
      key: 'title',
      title: t('scenarios.comparison.engagement'),
      render: (_: unknown, p: Placed) => <span data-plan-data>{p.title}</span>,
    },
    {
      key: 'where',
      title: t('scenarios.comparison.where'),
      render: (_: unknown, p: Placed) => (
        <>
          {where(p.place)} {p.onlyInOnePlan && <Tag>{t('scenarios.comparison.onlyInOne')}</Tag>}
        </>
      ),
    },
  ];

  return (
    <>
      <section className="comparison-section" aria-labelledby="comparison-moved">
        <Typography.Title level={2} id="comparison-moved" className="comparison-section-title">
          {t('scenarios.comparison.moved', { count: data.moved.length })}
        </Typography.Title>
        {!changed && <Typography.Paragraph>{t('scenarios.comparison.unchanged')}</Typography.Paragraph>}
        <Table<Moved>
          rowKey="eventId"
          size="small"
          dataSource={data.moved}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <span className="comparison-empty">{t('scenarios.comparison.none')}</span> }}
          data-testid="moved-engagements"
          columns={[
            {
              key: 'title',
              title: t('scenarios.comparison.engagement'),
              render: (_, m) => <span data-plan-data>{m.title}</span>,
            },
            { key: 'before', title: t('scenarios.comparison.before'), render: (_, m) => where(m.from) },
            { key: 'after', title: t('scenarios.comparison.after'), render: (_, m) => where(m.to) },
          ]}
        />
      </section>
      <Row gutter={24}>
        <Col xs={24} xl={12}>
          <section className="comparison-section" aria-labelledby="comparison-scheduled">
            <Typography.Title level={2} id="comparison-scheduled" className="comparison-section-title">
              {t('scenarios.comparison.newlyScheduled', { count: data.newlyScheduled.length })}
            </Typography.Title>
            <Table<Placed>
              rowKey="eventId"
              size="small"
              dataSource={data.newlyScheduled}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              locale={{ emptyText: <span className="comparison-empty">{t('scenarios.comparison.none')}</span> }}
              data-testid="newly-scheduled"
              columns={placedColumns}
            />
          </section>
        </Col>
        <Col xs={24} xl={12}>
          <section className="comparison-section" aria-labelledby="comparison-unscheduled">
            <Typography.Title level={2} id="comparison-unscheduled" className="comparison-section-title">
              {t('scenarios.comparison.newlyUnscheduled', { count: data.newlyUnscheduled.length })}
            </Typography.Title>
            <Table<Placed>
              rowKey="eventId"
              size="small"
              dataSource={data.newlyUnscheduled}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
              locale={{ emptyText: <span className="comparison-empty">{t('scenarios.comparison.none')}</span> }}
              data-testid="newly-unscheduled"
              columns={placedColumns}
            />
          </section>
        </Col>
      </Row>
    </>
  );
}
