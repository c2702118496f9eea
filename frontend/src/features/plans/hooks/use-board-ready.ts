import { useCallback, useState } from 'react';

/**
 * Whether the timeline has drawn the plan and takes drags (`data-board-ready`), with the
 * performance marks that time it: `board-data` when the data has arrived, `board-ready` at the
 * timeline's first complete drawing. The speed script and the browser tests wait for it.
 */
export function useBoardReady(dataArrived: boolean) {
  const [dataMarked, setDataMarked] = useState(false);
  const [ready, setReady] = useState(false);
  // Marked in the render that first has the data, as it arrives: an effect would run only after
  // the board has rendered it, and leave that time out of the figure.
  if (dataArrived && !dataMarked) {
    setDataMarked(true);
    performance.mark('board-data');
  }
  const onDrawn = useCallback(() => {
    if (!ready) {
      performance.mark('board-ready');
      setReady(true);
    }
  }, [ready]);
  return { ready, onDrawn };
}
