import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';
import { deadlineUrgency } from '../lib/deadlines';
import type { Deadline } from '../types';

const TAG = { overdue: 'tag-hard', soon: 'tag-medium' } as const;

/** Requests by answer-by time, the soonest first, each leading to the inbox where they are answered. */
export function DeadlineList({ deadlines, now, testId }: { deadlines: Deadline[]; now: Date; testId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ul className="overview-list" data-testid={testId}>
      {deadlines.map((deadline) => {
        const urgency = deadlineUrgency(deadline.answerBy, now);
        return (
          <li key={deadline.answerBy ?? 'none'}>
            <Link to="/inbox">
              {deadline.answerBy
                ? t('overview.work.byDeadline', {
                    count: deadline.requests,
                    time: formatBeijing(deadline.answerBy, language),
                  })
                : t('overview.work.noDeadline', { count: deadline.requests })}
            </Link>{' '}
            {(urgency === 'overdue' || urgency === 'soon') && (
              <Tag className={TAG[urgency]}>{t(`overview.work.${urgency}`)}</Tag>
            )}
          </li>
        );
      })}
    </ul>
  );
}
