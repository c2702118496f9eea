import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LiveChange } from '../api/types';
import { changeWords, type AdoptionRefusal } from '../lib/comparison-view';

/** One change of the live plan in words: "Engagement e12: moved", "Closures: 2 added". */
function ChangeLine({ change }: { change: LiveChange }) {
  const { t } = useTranslation();
  const words = changeWords(change);
  const item = t(`scenarios.change.item.${words.item}` as 'scenarios.change.item.engagement', {
    defaultValue: words.item,
  });
  const kind = words.kind === 'other' ? words.raw : t(`scenarios.change.kind.${words.kind}`);
  if (words.count !== undefined) return <li>{t('scenarios.change.counted', { item, count: words.count, kind })}</li>;
  return (
    <li>
      {words.id
        ? t('scenarios.change.withId', { item, id: words.id, kind })
        : t('scenarios.change.withoutId', { item, kind })}
    </li>
  );
}

/** Why an adoption was refused: the live plan moved on since the copy, and what changed in it. */
export function AdoptionRefusalAlert({ refusal, onClose }: { refusal: AdoptionRefusal; onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      closable={!!onClose}
      onClose={onClose}
      data-testid="adoption-refused"
      title={t('scenarios.refused')}
      description={
        <>
          {refusal.originRevision !== undefined && refusal.liveRevision !== undefined && (
            <Typography.Paragraph>
              {t('scenarios.refusedRevisions', { from: refusal.originRevision, to: refusal.liveRevision })}
            </Typography.Paragraph>
          )}
          <Typography.Text strong>{t('scenarios.refusedChanges')}</Typography.Text>
          <ul className="adoption-changes" data-testid="adoption-changes">
            {refusal.changes.map((change, index) => (
              <ChangeLine key={index} change={change} />
            ))}
          </ul>
        </>
      }
    />
  );
}
