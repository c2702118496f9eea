import { Alert, Button, List, Modal, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import type { MatchExplanation, Score } from '@/types/api';
import { useScorePreview } from '../api/score-preview';
import { ruleName } from '../lib/rule-name';
import { wordMatch, type NameLookup } from '../lib/word-match';

export interface MoveProposal {
  eventId: string;
  eventTitle: string;
  spaceId: string;
  spaceName: string;
  start: string;
  version: number;
}

export interface MovePreviewProps {
  planId: number;
  proposal: MoveProposal | null;
  saving: boolean;
  names: NameLookup;
  onSave: () => void;
  onCancel: () => void;
}

const scoreText = (score: Score) => `${score.hard} / ${score.medium} / ${score.soft}`;

function Matches({ title, matches, names }: { title: string; matches: MatchExplanation[]; names: NameLookup }) {
  const { t } = useTranslation();
  if (matches.length === 0) {
    return null;
  }
  return (
    <List
      size="small"
      header={<strong>{title}</strong>}
      dataSource={matches}
      renderItem={(match, index) => (
        <List.Item key={index}>
          <span>
            <Typography.Text type="secondary">{ruleName(match.constraint, t)}: </Typography.Text>
            {wordMatch(match, t, names)}
          </span>
        </List.Item>
      )}
    />
  );
}

/**
 * What a drag would do to the score (the matches it adds and removes), before it is saved. The
 * preview's answer re-renders this dialog alone, not the board behind it.
 */
export function MovePreview({ planId, proposal, saving, names, onSave, onCancel }: MovePreviewProps) {
  const { t } = useTranslation();
  const move = proposal && { eventId: proposal.eventId, spaceId: proposal.spaceId, start: proposal.start };
  const { data: preview, error: previewError } = useScorePreview(planId, move);
  return (
    <Modal
      open={!!proposal}
      title={t('board.movePreview')}
      onCancel={onCancel}
      footer={
        <Space>
          <Button onClick={onCancel}>{t('board.cancel')}</Button>
          <Button type="primary" onClick={onSave} disabled={!preview} loading={saving}>
            {t('board.save')}
          </Button>
        </Space>
      }
    >
      {proposal && (
        <div data-testid="move-preview">
          <p>
            {t('board.moveTo', {
              event: proposal.eventTitle,
              space: proposal.spaceName,
              start: proposal.start.replace('T', ' '),
            })}
          </p>
          {previewError ? (
            <Alert type="error" title={errorMessage(previewError, t, t('errors.unexpected'))} />
          ) : !preview ? (
            <Spin tip={t('board.previewing')}>
              <div className="board-preview-wait" />
            </Spin>
          ) : (
            <div data-testid="move-preview-result">
              <p>
                {t('board.scoreNow')}: <strong>{scoreText(preview.current)}</strong>
                <br />
                {t('board.scoreAfter')}: <strong data-testid="preview-score">{scoreText(preview.preview)}</strong>
              </p>
              {preview.added.length === 0 && preview.removed.length === 0 && <p>{t('board.noChange')}</p>}
              <Matches title={t('board.added')} matches={preview.added} names={names} />
              <Matches title={t('board.removed')} matches={preview.removed} names={names} />
            </div>
          )}
        </div>
      )}
    </Modal>
  );
}
