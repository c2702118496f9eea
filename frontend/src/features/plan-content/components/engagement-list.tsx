import { Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEngagements } from '@/api/get-engagements';
import { usePlanDocument } from '@/api/get-plan-document';
import { LoadError } from '@/components/query-state';
import { allows } from '@/lib/allowed-actions';
import { toMinute } from '@/lib/datetime';
import { currentLanguage, i18n } from '@/lib/i18n';
import { delegationName } from '@/lib/local-names';
import type { Engagement, Plan } from '@/types/api';
import { useDelegations } from '../api/delegations';
import { useDeleteEngagement } from '../api/engagements';
import { matchesEngagement } from '../lib/engagement-search';
import '../plan-content.css';
import { ContentTable } from './content-table';
import { EngagementForm } from './engagement-form';

const when = (value: string | null | undefined) => toMinute(value)?.replace('T', ' ') ?? '';
const typeNames = [i18n.getFixedT('en'), i18n.getFixedT('zh')];

/**
 * A plan's engagements: search by title, type (in either language), attending delegation or id,
 * paged on the client; adding for those who may edit the plan, editing and deleting each engagement as its
 * `allowedActions` allow.
 */
export function EngagementList({ plan, editable }: { plan: Plan; editable: boolean }) {
  const { t } = useTranslation();
  const engagements = useEngagements(plan.id);
  const delegations = useDelegations(plan.id);
  const document = usePlanDocument(plan.id);
  const remove = useDeleteEngagement(plan.id);
  const [query, setQuery] = useState('');

  const language = currentLanguage();
  const names = useMemo(
    () => new Map(delegations.data?.map((d) => [d.id, delegationName(d, language)]) ?? []),
    [delegations.data, language],
  );
  const rows = useMemo(
    () => (engagements.data ?? []).filter((e) => matchesEngagement(e, query, typeNames, (id) => names.get(id))),
    [engagements.data, query, names],
  );

  if (engagements.error) return <LoadError error={engagements.error} />;

  return (
    <ContentTable<Engagement>
      section="engagements"
      rows={rows}
      loading={engagements.isLoading}
      editable={editable}
      rowAllows={(e, action) => allows(e, action)}
      nameOf={(e) => e.title}
      onSearch={setQuery}
      remove={(id, callbacks) => remove.mutate(id, callbacks)}
      form={(row, done) => (
        <EngagementForm
          planId={plan.id}
          engagement={row}
          engagements={engagements.data ?? []}
          delegations={delegations.data ?? []}
          document={document.data}
          {...done}
        />
      )}
      columns={[
        { key: 'id', title: t('engagements.column.id'), dataIndex: 'id' },
        {
          key: 'title',
          title: t('engagements.column.title'),
          render: (_, e) => (
            <>
              <span data-plan-data>{e.title}</span>{' '}
              {e.confidential && <Tag className="tag-hard">{t('engagements.confidential')}</Tag>}
            </>
          ),
        },
        { key: 'type', title: t('engagements.column.type'), render: (_, e) => t(`enums.eventType.${e.type}`) },
        {
          key: 'delegations',
          title: t('engagements.column.delegations'),
          render: (_, e) => {
            const shown = e.delegations
              .slice(0, 3)
              .map((id) => names.get(id) ?? id)
              .join(', ');
            return e.delegations.length > 3 ? `${shown} +${e.delegations.length - 3}` : shown;
          },
        },
        { key: 'headcount', title: t('engagements.column.headcount'), dataIndex: 'headcount', align: 'right' },
        { key: 'duration', title: t('engagements.column.duration'), dataIndex: 'durationMinutes', align: 'right' },
        {
          key: 'window',
          title: t('engagements.column.window'),
          render: (_, e) => (e.earliestStart || e.latestEnd ? `${when(e.earliestStart)} – ${when(e.latestEnd)}` : ''),
        },
        { key: 'priority', title: t('engagements.column.priority'), dataIndex: 'priority', align: 'right' },
        {
          key: 'placed',
          title: t('engagements.column.placed'),
          render: (_, e) =>
            e.assignment?.start ? (
              <>
                {when(e.assignment.start)} {e.pinned && <Tag>{t('engagements.pinned')}</Tag>}
              </>
            ) : (
              <Typography.Text type="secondary">{t('engagements.unscheduled')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}
