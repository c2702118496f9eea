import { Alert, App, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allows } from '@/lib/allowed-actions';
import { errorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import type { ImportedVenue, Plan } from '@/types/api';
import { useAcceptMatch, useImportedVenues } from '../api/imported-venues';

type Match = ImportedVenue['matches'][number];

/** One row per own venue that the catalogue has a namesake of: the venue, the first such namesake. */
interface Row {
  venue: ImportedVenue;
  match: Match;
}

/**
 * On a plan's page, the venues its import brought that the catalogue lacked (decision 0111): those the
 * catalogue has a venue of the same name for, each with a way to make the plan use that venue instead (where
 * the plan's `allowedActions` has "edit"), and how many others there are. Nothing while the plan has none.
 */
export function ImportedVenues({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  const venues = useImportedVenues(plan.id);
  const accept = useAcceptMatch(plan.id);
  if (!venues.data?.length) return null;

  const rows: Row[] = venues.data.flatMap((venue) => (venue.matches[0] ? [{ venue, match: venue.matches[0] }] : []));
  const unmatched = venues.data.length - rows.length;
  const matchName = (match: Match) => (language === 'zh' && match.nameZh ? match.nameZh : match.nameEn);
  const onAccept = ({ venue, match }: Row) =>
    accept.mutate(
      { venueId: venue.venueId, catalogueVenueId: match.catalogueVenueId },
      {
        onSuccess: () => void message.success(t('importedVenues.accepted', { match: matchName(match) })),
        onError: (error) =>
          void message.error(
            t('importedVenues.acceptFailed', {
              venue: venue.name,
              detail: errorMessage(error, t, t('errors.unexpected')),
            }),
          ),
      },
    );

  return (
    <Alert
      type="info"
      className="imported-venues"
      data-testid="imported-venues"
      title={t('importedVenues.planTitle', { count: venues.data.length })}
      description={
        <>
          <p>{t('importedVenues.planIntro')}</p>
          {rows.length > 0 && (
            <Table<Row>
              size="small"
              rowKey={(row) => row.venue.venueId}
              dataSource={rows}
              pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              columns={[
                { key: 'venue', title: t('importedVenues.venue'), render: (_, row) => row.venue.name },
                { key: 'match', title: t('importedVenues.match'), render: (_, row) => matchName(row.match) },
                {
                  key: 'spaces',
                  title: t('importedVenues.spaces'),
                  render: (_, row) =>
                    t('importedVenues.spacesMatched', {
                      matched: row.match.spaces.filter((space) => space.catalogueSpaceId).length,
                      total: row.match.spaces.length,
                    }),
                },
                ...(allows(plan, 'edit')
                  ? [
                      {
                        key: 'accept',
                        title: t('importedVenues.actions'),
                        render: (_: unknown, row: Row) => (
                          <Button
                            size="small"
                            aria-label={t('importedVenues.acceptLabel', {
                              match: matchName(row.match),
                              venue: row.venue.name,
                            })}
                            loading={accept.isPending && accept.variables?.venueId === row.venue.venueId}
                            onClick={() => onAccept(row)}
                            data-testid={`accept-match-${row.venue.venueId}`}
                          >
                            {t('importedVenues.accept')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
          {unmatched > 0 && (
            <p data-testid="imported-venues-unmatched">
              {t('importedVenues.unmatched', { count: unmatched })}{' '}
              <Link to="/venues">{t('importedVenues.seeCatalogue')}</Link>
            </p>
          )}
        </>
      }
    />
  );
}
