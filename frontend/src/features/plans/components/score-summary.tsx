import { Space, Tag, Typography } from 'antd';
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

/**
 * The score by level (hard, medium, soft) and, under it, the figures of protocol quality: each in
 * a line of its own where the screen allows, so that the timeline starts high on the screen.
 */
export function ScoreSummary({ score, kpis }: ScoreSummaryProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="board-score" className="board-score">
      <div className="board-score-line">
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
      </div>
      {kpis && (
        <div className="board-kpis">
          <span className="board-kpis-title visually-hidden" id="board-kpis">
            {t('board.kpis')}
          </span>
          <dl aria-labelledby="board-kpis">
            {[
              ['unscheduled', `${kpis.unscheduled.count} (${kpis.unscheduled.priority})`],
              ['travelMinutes', number(kpis.travelMinutes)],
              ['prestigeGap', number(kpis.prestigeGap, 2)],
              ['equalTreatmentSpread', number(kpis.equalTreatmentSpread, 2)],
              ['emptySeatShare', `${number(kpis.emptySeatShare * 100, 1)} %`],
              ['offCustomaryHours', number(kpis.offCustomaryHours)],
            ].map(([key, value]) => (
              <div key={key}>
                <dt>{t(`board.kpi.${key as keyof Kpis}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </section>
  );
}
