import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineMove } from '@/components/plan-timeline';
import { spaceOfGroup } from '@/lib/board-rows';
import { errorMessage } from '@/lib/errors';
import { snapToGrain, toLocal } from '@/lib/plan-time';
import { startScorePreview } from '../api/score-preview';
import { useUpdateAssignment } from '../api/update-assignment';
import type { MoveProposal } from '../components/move-preview';
import type { BoardData } from './use-board-data';

/**
 * A move of an engagement, from a drop on the timeline or a place chosen in the drawer: its score
 * preview is asked for at once, and nothing is saved until the person saves the proposal.
 * `onSaved` hears of each saved move.
 */
export function useBoardMove(planId: number, data: BoardData, onSaved: (saved: MoveProposal) => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const move = useUpdateAssignment(planId);
  const [proposal, setProposal] = useState<MoveProposal | null>(null);
  const { engagements, plan, horizon, offsetMinutes, spaces } = data;

  const grainMinutes = plan.data?.grainMinutes;
  const snap = useCallback(
    (date: Date) => (horizon && grainMinutes ? snapToGrain(date, horizon.start, grainMinutes) : date),
    [horizon, grainMinutes],
  );

  const onDrop = useCallback(
    (drop: TimelineMove) => {
      const engagement = engagements.data?.find((e) => e.id === drop.eventId);
      const spaceId = spaceOfGroup(drop.group) ?? engagement?.assignment?.spaceId;
      if (!engagement || !spaceId || !plan.data || !horizon) return;
      const start = toLocal(snapToGrain(drop.start, horizon.start, plan.data.grainMinutes), offsetMinutes);
      startScorePreview(client, planId, { eventId: engagement.id, spaceId, start });
      setProposal({
        eventId: engagement.id,
        eventTitle: engagement.title,
        spaceId,
        spaceName: spaces.get(spaceId)?.name ?? spaceId,
        start,
        version: engagement.version,
      });
    },
    [engagements.data, plan.data, horizon, offsetMinutes, spaces, client, planId],
  );

  /** A place chosen in the drawer: previewed and saved as a drop is, whichever page shows its space. */
  const propose = useCallback(
    (chosen: MoveProposal) => {
      startScorePreview(client, planId, { eventId: chosen.eventId, spaceId: chosen.spaceId, start: chosen.start });
      setProposal(chosen);
    },
    [client, planId],
  );

  const save = () => {
    if (!proposal) return;
    move.mutate(
      { eventId: proposal.eventId, spaceId: proposal.spaceId, start: proposal.start, version: proposal.version },
      {
        onSuccess: () => {
          void message.success(t('board.saved'));
          onSaved(proposal);
          setProposal(null);
        },
        onError: (error) => void message.error(errorMessage(error, t, t('errors.unexpected'))),
      },
    );
  };

  return { proposal, saving: move.isPending, snap, onDrop, propose, save, cancel: () => setProposal(null) };
}
