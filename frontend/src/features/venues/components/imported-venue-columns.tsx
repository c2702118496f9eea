import { App, Button, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { allows } from '@/lib/allowed-actions';
import { errorMessage } from '@/lib/errors';
import type { VenueSummary } from '@/types/api';
import { useAddToCatalogue } from '../api/add-to-catalogue';

/**
 * The catalogue list's columns for venues imported plans brought: the plan each came with, and adding it to the
 * catalogue where the venue's `allowedActions` has "addToCatalogue".
 */
export function useImportedVenueColumns(name: (venue: VenueSummary) => string): ColumnsType<VenueSummary> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const add = useAddToCatalogue();
  return [
    {
      key: 'origin',
      title: t('importedVenues.origin'),
      render: (_, venue) =>
        venue.importedWith && (
          <Tag className="tag-neutral" data-testid={`imported-with-${venue.id}`}>
            {t('importedVenues.importedWith', { plan: venue.importedWith.planName })}
          </Tag>
        ),
    },
    {
      key: 'actions',
      title: t('importedVenues.actions'),
      render: (_, venue) =>
        allows(venue, 'addToCatalogue') && (
          <Button
            size="small"
            loading={add.isPending && add.variables === venue.id}
            data-testid={`add-to-catalogue-${venue.id}`}
            onClick={() =>
              add.mutate(venue.id, {
                onSuccess: () => void message.success(t('importedVenues.added', { venue: name(venue) })),
                onError: (error) =>
                  void message.error(
                    t('importedVenues.addFailed', {
                      venue: name(venue),
                      detail: errorMessage(error, t, t('errors.unexpected')),
                    }),
                  ),
              })
            }
          >
            {t('importedVenues.addToCatalogue')}
          </Button>
        ),
    },
  ];
}
