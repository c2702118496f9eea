import { Input, Pagination, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardView } from '@/lib/board-rows';
import type { Plan } from '@/types/api';
import type { BoardRange } from '../hooks/use-board-range';
import type { BoardRows } from '../hooks/use-board-rows';
import { BoardRangeControls } from './board-range-controls';
import { PlanExportsMenu } from './plan-exports-menu';

export interface BoardToolbarProps {
  plan: Plan;
  rows: BoardRows;
  range: BoardRange;
}

/**
 * Above the timeline: by venue or by delegation, the day and week views and the zoom, the venue
 * search and pages, the run sheets and exports, the highlighted engagements.
 */
export function BoardToolbar({ plan, rows, range }: BoardToolbarProps) {
  const { t } = useTranslation();
  const { view, pages, page, highlighted } = rows;
  return (
    <>
      <div className="board-toolbar">
        <Segmented<BoardView>
          aria-label={t('controls.boardRows')}
          value={view}
          onChange={rows.setView}
          options={[
            { value: 'venues', label: t('board.byVenue') },
            { value: 'delegations', label: t('board.byDelegation') },
          ]}
        />
        <BoardRangeControls range={range} />
        {view === 'venues' && (
          <>
            <Input.Search
              allowClear
              className="board-venue-search"
              placeholder={t('board.findVenue')}
              aria-label={t('board.findVenue')}
              onSearch={rows.searchVenues}
            />
            {pages.length > 1 && (
              <Pagination
                simple
                size="small"
                className="board-venue-pages"
                current={page + 1}
                pageSize={1}
                total={pages.length}
                onChange={(next) => rows.setPage(next - 1)}
              />
            )}
          </>
        )}
        <PlanExportsMenu plan={plan} />
        {highlighted.length > 0 && (
          <Typography.Link onClick={() => rows.setHighlighted([])} className="board-clear-highlight">
            {t('board.highlighted', { count: highlighted.length })} · {t('board.clearHighlight')}
          </Typography.Link>
        )}
      </div>
      {view === 'venues' && pages.length === 0 && (
        <Typography.Paragraph type="secondary" className="board-no-venue">
          {t('board.noVenueFound')}
        </Typography.Paragraph>
      )}
    </>
  );
}
