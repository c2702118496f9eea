import { ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { canZoomIn, canZoomOut, rangeCaption, viewOf } from '@/lib/timeline-zoom';
import type { BoardRange } from '../hooks/use-board-range';

/** The timeline's day and week views, and zooming in and out by the buttons (Ctrl and the wheel still zoom too). */
export function BoardRangeControls({ range }: { range: BoardRange }) {
  const { t } = useTranslation();
  const { shown, horizon } = range;
  const view = shown && horizon ? viewOf(shown, horizon) : undefined;
  return (
    <div role="group" aria-label={t('board.range.label')} className="board-range" data-testid="board-range">
      <Space.Compact>
        <Button type={view === 'day' ? 'primary' : 'default'} aria-pressed={view === 'day'} onClick={range.day}>
          {t('board.range.day')}
        </Button>
        <Button type={view === 'week' ? 'primary' : 'default'} aria-pressed={view === 'week'} onClick={range.week}>
          {t('board.range.week')}
        </Button>
      </Space.Compact>
      <Space.Compact>
        <Tooltip title={t('board.range.zoomIn')}>
          <Button
            icon={<ZoomInOutlined aria-hidden />}
            aria-label={t('board.range.zoomIn')}
            disabled={!shown || !canZoomIn(shown)}
            onClick={range.zoomIn}
          />
        </Tooltip>
        <Tooltip title={t('board.range.zoomOut')}>
          <Button
            icon={<ZoomOutOutlined aria-hidden />}
            aria-label={t('board.range.zoomOut')}
            disabled={!shown || !horizon || !canZoomOut(shown, horizon)}
            onClick={range.zoomOut}
          />
        </Tooltip>
      </Space.Compact>
    </div>
  );
}

/** The range the timeline shows, in plan time: in the timeline's corner, above the rows' names. */
export function BoardRangeCaption({ range, offsetMinutes }: { range: BoardRange; offsetMinutes: number }) {
  if (!range.shown) return null;
  return (
    <Typography.Text className="board-range-caption" data-testid="board-range-caption" aria-live="polite">
      {rangeCaption(range.shown, offsetMinutes)}
    </Typography.Text>
  );
}
