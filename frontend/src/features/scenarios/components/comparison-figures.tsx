import { Col, Row, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { levelChanges, type ComparisonView, type FigureRow, type Verdict } from '../lib/comparison-view';

const format = (value: number, digits: number) =>
  value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const signed = (value: number, digits: number) => (value > 0 ? `+${format(value, digits)}` : format(value, digits));

/** Share figures are fractions: shown in per cent. */
const DIGITS: Record<string, number> = { prestigeGap: 2, equalTreatmentSpread: 2 };
const PERCENT = new Set(['emptySeatShare']);

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return <Tag className={`verdict-${verdict}`}>{t(`scenarios.comparison.verdict.${verdict}`)}</Tag>;
}

/** The overall verdict with the level that decides it, how much each level differs, and the moves. */
function verdictSentence(comparisonView: ComparisonView, moved: number, t: TFunction, language: string) {
  const overall = t(`scenarios.comparison.overall.${comparisonView.scoreVerdict}`);
  const changes = levelChanges(comparisonView);
  if (changes.length === 0) return overall;
  const levelName = (level: string) => t(`scenarios.comparison.level.${level}` as 'scenarios.comparison.level.hard');
  const parts = changes.map((change) =>
    t(`scenarios.comparison.change.${change.amount.unit}` as 'scenarios.comparison.change.points', {
      level: levelName(change.level),
      value: change.amount.value.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB'),
      verdict: t(`scenarios.comparison.verdict.${change.verdict}`),
    }),
  );
  parts.push(t('scenarios.comparison.movedCount', { count: moved }));
  return `${overall}${t('scenarios.comparison.sentenceEnd')} ${t('scenarios.comparison.decidedBy', { level: levelName(changes[0]!.level) })}${t('scenarios.comparison.colon')}${parts.join(t('scenarios.comparison.separator'))}`;
}

/** A table's columns of figures: the live plan's, the scenario's, the difference and its verdict. */
function figureColumns(
  t: TFunction,
  labels: (key: string) => string,
  digits: (key: string) => number,
  percent: (key: string) => boolean = () => false,
) {
  const show = (key: string, value: number, sign = false) => {
    const shown = percent(key) ? value * 100 : value;
    const text = sign ? signed(shown, percent(key) ? 1 : digits(key)) : format(shown, percent(key) ? 1 : digits(key));
    return percent(key) ? `${text} %` : text;
  };
  return [
    {
      key: 'figure',
      title: t('scenarios.comparison.figure'),
      render: (_: unknown, row: FigureRow) => labels(row.key),
    },
    {
      key: 'live',
      title: t('scenarios.comparison.live'),
      align: 'right' as const,
      render: (_: unknown, row: FigureRow) => show(row.key, row.origin),
    },
    {
      key: 'scenario',
      title: t('scenarios.comparison.scenario'),
      align: 'right' as const,
      render: (_: unknown, row: FigureRow) => show(row.key, row.scenario),
    },
    {
      key: 'difference',
      title: t('scenarios.comparison.difference'),
      align: 'right' as const,
      render: (_: unknown, row: FigureRow) => (
        <span data-testid={`difference-${row.key}`}>
          {show(row.key, row.difference, true)} <VerdictTag verdict={row.verdict} />
        </span>
      ),
    },
  ];
}

/** The score of both plans by level and their figures of protocol quality, with the differences. */
export function ComparisonFigures({ view, moved }: { view: ComparisonView; moved: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Row gutter={24}>
      <Col xs={24} xl={12}>
        <section className="comparison-section" aria-labelledby="comparison-score">
          <Typography.Title level={2} id="comparison-score" className="comparison-section-title">
            {t('scenarios.comparison.score')} <VerdictTag verdict={view.scoreVerdict} />
          </Typography.Title>
          <Typography.Paragraph data-testid="score-verdict">
            {verdictSentence(view, moved, t, i18n.language)}
          </Typography.Paragraph>
          <Table<FigureRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={view.score}
            data-testid="score-differences"
            columns={figureColumns(
              t,
              (key) => t(`scenarios.comparison.level.${key}` as 'scenarios.comparison.level.hard'),
              () => 0,
            )}
          />
        </section>
      </Col>
      <Col xs={24} xl={12}>
        {view.kpis.length > 0 && (
          <section className="comparison-section" aria-labelledby="comparison-kpis">
            <Typography.Title level={2} id="comparison-kpis" className="comparison-section-title">
              {t('scenarios.comparison.kpis')}
            </Typography.Title>
            <Table<FigureRow>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={view.kpis}
              data-testid="kpi-differences"
              columns={figureColumns(
                t,
                (key) => t(`scenarios.comparison.kpi.${key}` as 'scenarios.comparison.kpi.travelMinutes'),
                (key) => DIGITS[key] ?? 0,
                (key) => PERCENT.has(key),
              )}
            />
          </section>
        )}
      </Col>
    </Row>
  );
}
