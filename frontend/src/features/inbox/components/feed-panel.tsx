import { Alert, App, Button, Empty, Flex, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBeijing } from '@/lib/datetime';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { VenueDetail } from '@/types/api';
import { useIssueFeedToken, useRevokeFeedToken } from '../api/feed-token';
import { venueFeedUrl } from '../lib/feed-url';
import { placeNames } from '../lib/local-names';
import type { FeedToken } from '../types';

/**
 * The calendar feed of each managed venue. The token is secret and the server keeps only its
 * hash, so an address is shown once, right after it is created; creating a new one replaces the
 * old, and revoking ends them all. Both are asked for again before they happen.
 */
export function FeedPanel({ venues }: { venues: readonly VenueDetail[] }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const language = currentLanguage();
  const issue = useIssueFeedToken();
  const revoke = useRevokeFeedToken();
  const [token, setToken] = useState<FeedToken | null>(null);

  if (venues.length === 0) return <Empty description={t('inbox.feeds.noVenues')} />;

  const ask = (title: string, content: string, onOk: () => Promise<unknown>) =>
    modal.confirm({
      title,
      content,
      okText: t('inbox.feeds.yes'),
      cancelText: t('inbox.feeds.no'),
      rootClassName: 'inbox-feed-confirm',
      onOk,
    });

  const onIssue = () =>
    ask(t('inbox.feeds.issueTitle'), t('inbox.feeds.issueBody'), () =>
      issue
        .mutateAsync()
        .then(setToken, (error: unknown) => void message.error(errorMessage(error, t, t('inbox.feeds.failed')))),
    );

  const onRevoke = () =>
    ask(t('inbox.feeds.revokeTitle'), t('inbox.feeds.revokeBody'), () =>
      revoke.mutateAsync().then(
        () => {
          setToken(null);
          void message.success(t('inbox.feeds.revoked'));
        },
        (error: unknown) => void message.error(errorMessage(error, t, t('inbox.feeds.failed'))),
      ),
    );

  const copy = (url: string) =>
    navigator.clipboard.writeText(url).then(
      () => void message.success(t('inbox.feeds.copied')),
      () => void message.error(t('inbox.feeds.copyFailed')),
    );

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 900 }}>
      <Typography.Paragraph style={{ margin: 0 }}>{t('inbox.feeds.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button type="primary" onClick={onIssue} loading={issue.isPending} data-testid="feed-issue">
          {t(token ? 'inbox.feeds.rotate' : 'inbox.feeds.issue')}
        </Button>
        <Button onClick={onRevoke} loading={revoke.isPending} data-testid="feed-revoke">
          {t('inbox.feeds.revoke')}
        </Button>
      </Space>
      {token && (
        <>
          <Alert
            type="info"
            showIcon
            title={t('inbox.feeds.issuedAt', { time: formatBeijing(token.issuedAt, language) })}
          />
          {venues.map((venue) => {
            const url = venueFeedUrl(token.venueFeed, venue.id, window.location.origin);
            const name = placeNames(
              { venueId: venue.id, venueName: venue.nameEn, spaceId: '', spaceName: '' },
              venues,
              language,
            ).venue;
            return (
              <div key={venue.id}>
                <Typography.Text strong id={`feed-label-${venue.id}`}>
                  {name}
                </Typography.Text>
                <Space.Compact style={{ width: '100%', marginTop: 4 }}>
                  <Input
                    readOnly
                    value={url}
                    aria-label={t('inbox.feeds.addressOf', { venue: name })}
                    data-testid={`feed-url-${venue.id}`}
                    onFocus={(event) => event.target.select()}
                  />
                  <Button onClick={() => void copy(url)} aria-label={`${t('inbox.feeds.copy')}: ${name}`}>
                    {t('inbox.feeds.copy')}
                  </Button>
                </Space.Compact>
              </div>
            );
          })}
        </>
      )}
    </Flex>
  );
}
