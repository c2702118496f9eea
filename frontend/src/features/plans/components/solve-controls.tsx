import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { NumberInput } from '@/components/number-input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import type { SolveStatus } from '@/types/api';
import { ACTIVE_STATES } from '@/api/get-solve-status';
import { useStartSolve, useStopSolve } from '../api/solve';
import { usePublishPlan } from '../api/publish-plan';

export interface SolveControlsProps {
  planId: number;
  status: SolveStatus | null | undefined;
  canEdit: boolean;
  canPublish: boolean;
}

type Score = SolveStatus['bestScore'];

const sameScore = (a: Score | null | undefined, b: Score | null | undefined) =>
  !!a && !!b && a.hard === b.hard && a.medium === b.medium && a.soft === b.soft;

/** Solve with a time limit, stop, the solver's live state, and publishing to the venues. */
export function SolveControls({ planId, status, canEdit, canPublish }: SolveControlsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [seconds, setSeconds] = useState(30);
  const start = useStartSolve(planId);
  const stop = useStopSolve(planId);
  const publish = usePublishPlan(planId);
  const active = !!status && ACTIVE_STATES.has(status.state);
  const fail = (fallback: string) => (error: unknown) => void message.error(errorMessage(error, t, fallback));

  return (
    <Space wrap align="center" className="board-solve">
      {canEdit && (
        <>
          <label className="board-time-limit">
            {t('board.timeLimit')}{' '}
            <NumberInput
              min={1}
              max={1800}
              value={seconds}
              onChange={(value) => setSeconds(value ?? 30)}
              disabled={active}
              data-testid="solve-seconds"
            />
          </label>
          {active ? (
            <Button
              danger
              onClick={() => stop.mutate(undefined, { onError: fail(t('errors.unexpected')) })}
              loading={stop.isPending}
            >
              {t('board.stop')}
            </Button>
          ) : (
            <Button
              type="primary"
              onClick={() => start.mutate(seconds, { onError: fail(t('errors.unexpected')) })}
              loading={start.isPending}
            >
              {t('board.solve')}
            </Button>
          )}
        </>
      )}
      {status && (
        <span data-testid="solve-state" aria-live="polite">
          <Typography.Text type="secondary">{t('board.solveState')}</Typography.Text>{' '}
          <Tag className={active ? 'tag-active' : 'tag-neutral'}>{t(`enums.solveState.${status.state}`)}</Tag>
          {t('board.timeSpent', { seconds: (status.timeSpentMs / 1000).toFixed(1) })}
          {status.state === 'SOLVING' && status.startingScore && (
            <Typography.Text type="secondary" className="solve-progress" data-testid="solve-progress">
              {' · '}
              {sameScore(status.bestScore, status.startingScore) ? t('board.noBetterYet') : t('board.betterFound')}
            </Typography.Text>
          )}
        </span>
      )}
      {canPublish && (
        <Popconfirm
          title={t('board.publishConfirm')}
          okText={t('board.publish')}
          cancelText={t('board.cancel')}
          onConfirm={() =>
            publish.mutate(undefined, {
              // The counts tell the officer what the publish did, also when it changed nothing.
              onSuccess: ({ created, withdrawn, unchanged }) =>
                void message.success(
                  <span data-testid="publish-result">{t('board.published', { created, withdrawn, unchanged })}</span>,
                ),
              onError: fail(t('errors.unexpected')),
            })
          }
        >
          <Button disabled={active} loading={publish.isPending}>
            {t('board.publish')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
