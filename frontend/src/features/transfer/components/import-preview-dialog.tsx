import { Alert, Modal, Table, Tag, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';
import { toInstant } from '@/lib/plan-time';
import type { ImportPreview } from '../api/transfer';

type Change = ImportPreview['moved'][number];
type Place = Change['from'];

function scoreText(score: ImportPreview['scoreBefore']): string {
  return `${score.hard} / ${score.medium} / ${score.soft}`;
}

/**
 * Asks before a solution is imported: what it would move, newly schedule and unschedule (each place as "venue ·
 * space" and its start in Beijing time), the score now and after, and the hard rules it would break. Nothing is saved
 * until the person imports.
 */
export function ImportPreviewDialog({
  preview,
  spaceName,
  offsetMinutes,
  live,
  importing,
  onImport,
  onCancel,
}: {
  preview: ImportPreview;
  /** A space as the UI names it ("venue · space"), by its id. */
  spaceName: (spaceId: string) => string;
  /** The offset of the plan's time zone, whose local date-times the preview gives. */
  offsetMinutes: number;
  live: boolean;
  importing: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const place = (p: Place) =>
    p
      ? t('undo.preview.place', {
          space: spaceName(p.spaceId),
          time: formatBeijing(toInstant(p.start.slice(0, 16), offsetMinutes), language),
        })
      : t('undo.preview.notScheduled');
  const sections: Array<[string, Change[]]> = [
    [t('undo.preview.moved', { count: preview.moved.length }), preview.moved],
    [t('undo.preview.scheduled', { count: preview.newlyScheduled.length }), preview.newlyScheduled],
    [t('undo.preview.unscheduled', { count: preview.newlyUnscheduled.length }), preview.newlyUnscheduled],
  ];
  const changes = sections.filter(([, list]) => list.length > 0);
  return (
    <Modal
      open
      title={t('undo.preview.title')}
      okText={t('undo.preview.apply')}
      cancelText={t('undo.preview.cancel')}
      okButtonProps={{ danger: live, 'data-testid': 'import-preview-apply' } as ButtonProps}
      confirmLoading={importing}
      onOk={onImport}
      onCancel={onCancel}
      width={720}
      data-testid="import-preview"
    >
      <div data-testid="import-preview-body">
        {live && <Alert type="warning" showIcon title={t('undo.preview.live')} />}
        <p>
          {t('undo.preview.score', { before: scoreText(preview.scoreBefore), after: scoreText(preview.scoreAfter) })}{' '}
          <Tag className={preview.feasibleAfter ? 'tag-soft' : 'tag-hard'}>
            {t(preview.feasibleAfter ? 'undo.preview.feasible' : 'undo.preview.infeasible')}
          </Tag>
        </p>
        {changes.length === 0 && <p>{t('undo.preview.nothingChanges')}</p>}
        {changes.map(([title, list]) => (
          <section key={title} aria-label={title}>
            <h4>{title}</h4>
            <Table<Change>
              size="small"
              rowKey="eventId"
              dataSource={list}
              pagination={list.length > 8 ? { pageSize: 8 } : false}
              columns={[
                {
                  key: 'title',
                  title: t('undo.preview.engagement'),
                  render: (_, c) => <span data-plan-data>{c.title}</span>,
                },
                { key: 'from', title: t('undo.preview.from'), render: (_, c) => place(c.from) },
                { key: 'to', title: t('undo.preview.to'), render: (_, c) => place(c.to) },
              ]}
            />
          </section>
        ))}
        <p>{t('undo.preview.unchanged', { count: preview.unchanged })}</p>
        {preview.hardRulesBroken.length > 0 && (
          <section aria-label={t('undo.preview.hardBroken')}>
            <h4>{t('undo.preview.hardBroken')}</h4>
            <ul data-testid="import-preview-hard">
              {preview.hardRulesBroken.map((row) => (
                <li key={row.id}>
                  {t('undo.preview.hardRow', {
                    rule: t(`rules.${row.id}`, { defaultValue: row.id }),
                    count: row.matches,
                  })}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Modal>
  );
}
