import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { engagementsQueryKey, useEngagements } from '@/api/get-engagements';
import { planQueryKey, usePlan } from '@/api/get-plan';
import { usePlanDocument } from '@/api/get-plan-document';
import { ACTIVE_STATES, useSolveStatus } from '@/api/get-solve-status';
import { bookingStates } from '@/lib/board-rows';
import { allows } from '@/lib/allowed-actions';
import { planHorizon, zoneOffsetMinutes } from '@/lib/plan-time';
import { usePlanBookings } from '../api/get-plan-bookings';
import { useScoreAnalysis } from '../api/get-score-analysis';
import { useSolution } from '../api/get-solution';
import { useSolveEvents } from '../api/use-solve-events';
import type { PlaceContext } from '../components/engagement-drawer';
import type { NameLookup } from '../lib/word-match';

/**
 * What the board shows of a plan, loaded and followed live while a solve runs: the plan, its
 * document (venues, spaces, delegations), engagements, score analysis, KPIs, solve status and
 * bookings, with the lookups the board's parts share.
 */
export function useBoardData(planId: number, venueName: ((venueId: string) => string | undefined) | undefined) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const plan = usePlan(planId);
  const document = usePlanDocument(planId);
  const engagements = useEngagements(planId);
  const analysis = useScoreAnalysis(planId);
  const solution = useSolution(planId);
  const solveStatus = useSolveStatus(planId);
  const bookings = usePlanBookings(
    plan.data && (plan.data.kind === 'LIVE' ? planId : (plan.data.originPlanId ?? undefined)),
  );

  // When a solve ends, the engagements, the explanation and the KPIs are what it saved.
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['plans', planId] }), [client, planId]);
  useSolveEvents(planId, solveStatus.data, reload);
  const solving = !!solveStatus.data && ACTIVE_STATES.has(solveStatus.data.state);

  // A venue's answer changes the plan (why it needs a re-plan) and may unpin or exclude on the engagement: when
  // the bookings read every half minute come back changed, the plan and its engagements are read again too.
  const answers = useRef(bookings.data);
  useEffect(() => {
    if (answers.current && bookings.data && answers.current !== bookings.data) {
      void client.invalidateQueries({ queryKey: planQueryKey(planId), exact: true });
      void client.invalidateQueries({ queryKey: engagementsQueryKey(planId), exact: true });
    }
    answers.current = bookings.data;
  }, [bookings.data, client, planId]);

  const offsetMinutes = useMemo(() => zoneOffsetMinutes(plan.data?.timeZone ?? 'Asia/Shanghai'), [plan.data?.timeZone]);
  const editable = allows(plan.data, 'edit') && !solving;

  // Each space with its venue, the venue named in the UI's language.
  const spaces = useMemo(() => {
    const byId = new Map<string, { name: string; venueId: string; venueName: string }>();
    document.data?.venues.forEach((venue) => {
      const name = venueName?.(venue.id) ?? venue.name;
      venue.spaces.forEach((space) => byId.set(space.id, { name: space.name, venueId: venue.id, venueName: name }));
    });
    return byId;
  }, [document.data, venueName]);
  // Spaces in explanations read "Hall at Venue" in English and "场馆厅室" in Chinese, with the
  // catalogue's Chinese names; delegations by the name the document has in the UI's language.
  const names: NameLookup = useMemo(() => {
    const venueNames = new Map(document.data?.venues.map((venue) => [venue.id, venue.name]) ?? []);
    const delegationNames = new Map(document.data?.delegations.map((d) => [d.id, d.name]) ?? []);
    return {
      venue: venueName,
      delegation: (id: string) => delegationNames.get(id),
      space: (id: string) => {
        const space = spaces.get(id);
        if (!space) return undefined;
        const venue = venueName?.(space.venueId) ?? venueNames.get(space.venueId) ?? space.venueId;
        return t('board.spaceAtVenue', { space: space.name, venue });
      },
    };
  }, [venueName, spaces, document.data, t]);
  const delegationNames = useMemo(
    () => new Map(document.data?.delegations.map((delegation) => [delegation.id, delegation.name]) ?? []),
    [document.data],
  );
  const booked = useMemo(
    () => bookingStates(bookings.data ?? [], engagements.data ?? []),
    [bookings.data, engagements.data],
  );
  const horizon = useMemo(() => plan.data && planHorizon(plan.data, offsetMinutes), [plan.data, offsetMinutes]);

  const placeContext: PlaceContext | undefined = useMemo(
    () =>
      plan.data &&
      document.data && {
        offsetMinutes,
        horizonStart: plan.data.horizonStart,
        horizonEnd: plan.data.horizonEnd,
        grainMinutes: plan.data.grainMinutes,
        venues: document.data.venues.map((venue) => ({
          id: venue.id,
          name: venueName?.(venue.id) ?? venue.name,
          spaces: venue.spaces.map((space) => ({ id: space.id, name: space.name })),
        })),
        names,
        venueName: (id: string, fallback: string) => venueName?.(id) ?? fallback,
      },
    [plan.data, document.data, offsetMinutes, venueName, names],
  );

  return {
    plan,
    document,
    engagements,
    analysis,
    solution,
    solveStatus,
    solving,
    offsetMinutes,
    editable,
    spaces,
    names,
    delegationNames,
    booked,
    horizon,
    placeContext,
  };
}

export type BoardData = ReturnType<typeof useBoardData>;
