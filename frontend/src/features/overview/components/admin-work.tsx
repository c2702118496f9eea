import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { auditAction, auditActor } from '@/lib/audit-words';
import { formatBeijing } from '@/lib/datetime';
import { currentLanguage } from '@/lib/i18n';
import type { AdminWork as Work } from '../types';
import { CountLink } from './count-link';

/**
 * An administrator's work: accounts whose sign-ins are held back after wrong passwords and disabled
 * accounts (to the accounts), and the newest changes (to the audit log).
 */
export function AdminWork({ work }: { work: Work }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Card title={t('overview.work.admin')} data-testid="overview-admin">
      <Flex gap="large" wrap>
        <section className="overview-part">
          <CountLink
            count={work.throttledAccounts.length}
            label={t('overview.work.throttled', { count: work.throttledAccounts.length })}
            to="/admin/accounts"
            testId="overview-throttled"
          />
          <ul className="overview-list">
            {work.throttledAccounts.map((account) => (
              <li key={account.username}>
                <Link to="/admin/accounts">
                  {t('overview.work.throttledAccount', {
                    name: account.displayName,
                    count: account.failures,
                    time: formatBeijing(account.lastFailureAt, language),
                  })}
                </Link>
              </li>
            ))}
          </ul>
          <CountLink
            count={work.disabledAccounts}
            label={t('overview.work.disabled', { count: work.disabledAccounts })}
            to="/admin/accounts"
            testId="overview-disabled"
          />
        </section>
        <section className="overview-part">
          <Typography.Title level={3} className="overview-part-title">
            <Link to="/admin/audit">{t('overview.work.audit')}</Link>
          </Typography.Title>
          <ul className="overview-list" data-testid="overview-audit">
            {work.recentAudit.map((entry) => (
              <li key={entry.id}>
                <Typography.Text type="secondary">{formatBeijing(entry.occurredAt, language)}</Typography.Text>{' '}
                {t('overview.work.auditLine', {
                  actor: auditActor(entry.actor, t),
                  action: auditAction(entry.action, t),
                  entity: t(`overview.entity.${entry.entity}`, { defaultValue: entry.entity }),
                  id: entry.entityId,
                })}
              </li>
            ))}
          </ul>
        </section>
      </Flex>
    </Card>
  );
}
