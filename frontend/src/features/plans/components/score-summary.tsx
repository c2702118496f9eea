import { Descriptions, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Score } from '@/types/api';
import type { Kpis } from '@/types/plan-document';

export interface ScoreSummaryProps {
  score: Score | null | undefined;
  kpis: Kpis | undefined;
}

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * "Feasible" only when nothing is left out: a plan that keeps every hard rule by leaving 201
 * engagements unscheduled is no plan to publish, and the tag says so.
 */
function verdict(score: Score, kpis: Kpis | undefined, t: TFunction): string {
  if (score.hard !== 0) return t('board.infeasible');
  if (score.medium === 0) return t('board.feasible');
  return kpis ? t('board.feasibleUnscheduled', { count: kpis.unscheduled.count }) : t('board.feasibleSomeUnscheduled');
}

/** The score by level (hard, medium, soft) and the figures of protocol quality beside it. */
export function ScoreSummary({ score, kpis }: ScoreSummaryProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="board-score" className="board-score">
      <Typography.Title level={2} id="board-score" className="board-section-title">
        {t('board.score')}
      </Typography.Title>
      {score ? (
        <Space wrap size="middle" data-testid="board-score">
          <span>
            {t('board.hard')} <strong data-testid="score-hard">{number(score.hard)}</strong>
          </span>
          <span>
            {t('board.medium')} <strong data-testid="score-medium">{number(score.medium)}</strong>
          </span>
          <span>
            {t('board.soft')} <strong data-testid="score-soft">{number(score.soft)}</strong>
          </span>
          <Tag className={score.hard === 0 ? 'score-feasible' : 'score-infeasible'} data-testid="score-verdict">
            {verdict(score, kpis, t)}
          </Tag>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('board.noScore')}</Typography.Text>
      )}
      {kpis && (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          title={<span className="board-kpis-title">{t('board.kpis')}</span>}
          className="board-kpis"
          items={[
            {
              key: 'unscheduled',
              label: t('board.kpi.unscheduled'),
              children: `${kpis.unscheduled.count} (${kpis.unscheduled.priority})`,
            },
            { key: 'travel', label: t('board.kpi.travelMinutes'), children: number(kpis.travelMinutes) },
            { key: 'prestige', label: t('board.kpi.prestigeGap'), children: number(kpis.prestigeGap, 2) },
            {
              key: 'equal',
              label: t('board.kpi.equalTreatmentSpread'),
              children: number(kpis.equalTreatmentSpread, 2),
            },
            {
              key: 'seats',
              label: t('board.kpi.emptySeatShare'),
              children: `${number(kpis.emptySeatShare * 100, 1)} %`,
            },
            { key: 'hours', label: t('board.kpi.offCustomaryHours'), children: number(kpis.offCustomaryHours) },
          ]}
        />
      )}
    </section>
  );
}
