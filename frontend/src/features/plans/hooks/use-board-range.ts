import { useCallback, useState } from 'react';
import { dayRange, type TimeRange, weekRange, zoomIn, zoomOut } from '@/lib/timeline-zoom';

/**
 * The time range the board's timeline shows: what it reports after every zoom and scroll, and
 * what the zoom and view buttons ask it to show next.
 */
export function useBoardRange(horizon: TimeRange | undefined) {
  const [shown, setShown] = useState<TimeRange>();
  const [asked, setAsked] = useState<TimeRange>();
  const show = useCallback(
    (next: (range: TimeRange, horizon: TimeRange) => TimeRange) => {
      if (!shown || !horizon) return;
      const range = next(shown, horizon);
      setAsked(range);
      // The caption follows at once; the timeline reports the same range when it has drawn it.
      setShown(range);
    },
    [shown, horizon],
  );
  return {
    shown,
    asked,
    horizon,
    onRangeChange: setShown,
    day: () => show(dayRange),
    week: () => show(weekRange),
    zoomIn: () => show(zoomIn),
    zoomOut: () => show(zoomOut),
  };
}

export type BoardRange = ReturnType<typeof useBoardRange>;
