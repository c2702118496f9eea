import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLatest } from '@/lib/use-latest';
import type { SolveStatus } from '@/types/api';
import { ACTIVE_STATES, solveStatusQueryKey } from '@/api/get-solve-status';

/** A new best solution, as the stream's best-score event carries it. */
interface NewBest {
  score: SolveStatus['bestScore'];
  timeSpentMs: number;
}

/**
 * Follows GET /api/plans/{id}/solve/events while a solve is queued or running: `state` replaces
 * the solve status, `best-score` updates its score and time. The stream ends with the solve;
 * `onEnded` then lets the board reload what the solver saved.
 */
export function useSolveEvents(planId: number, status: SolveStatus | null | undefined, onEnded: () => void) {
  const client = useQueryClient();
  const active = !!status && ACTIVE_STATES.has(status.state);
  // The latest callback, read when the stream ends: the stream follows the solve, not the render.
  const ended = useLatest(onEnded);

  useEffect(() => {
    if (!active) {
      return undefined;
    }
    const source = new EventSource(`/api/plans/${planId}/solve/events`);
    const key = solveStatusQueryKey(planId);
    source.addEventListener('state', (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as SolveStatus;
      client.setQueryData(key, next);
      if (!ACTIVE_STATES.has(next.state)) {
        source.close();
        ended.current();
      }
    });
    source.addEventListener('best-score', (event) => {
      const best = JSON.parse((event as MessageEvent<string>).data) as NewBest;
      client.setQueryData<SolveStatus | null>(key, (current) =>
        current ? { ...current, bestScore: best.score, timeSpentMs: best.timeSpentMs } : current,
      );
    });
    // The server closes the stream when the solve ends; EventSource would reconnect, so stop it
    // and fetch the final status instead.
    source.onerror = () => {
      source.close();
      void client.invalidateQueries({ queryKey: key });
    };
    return () => source.close();
  }, [active, planId, client, ended]);
}
