import { Alert, Button, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBeijing } from '@/lib/datetime';
import { errorMessage } from '@/lib/errors';
import type { Language, MatchExplanation, PlaceOption } from '@/types/api';
import { usePlaces } from '../api/get-places';
import { toInstant } from '@/lib/plan-time';
import { ruleName } from '../lib/rule-name';
import { isBetter, wordDifference } from '../lib/score-difference';
import { wordMatch, type NameLookup } from '../lib/word-match';

export interface PlaceFinderProps {
  planId: number;
  eventId: string;
  /** The plan's zone offset, to show a place's start in Beijing time. */
  offsetMinutes: number;
  names: NameLookup;
  /** A venue's name in the UI's language; the place carries the plan's own. */
  venueName: (venueId: string, fallback: string) => string;
  /** Whether the reader may move the engagement: otherwise the places are shown only. */
  canMove: boolean;
  onChoose: (place: PlaceOption) => void;
}

/** Matches shown of each list before "n more", so that the places stay comparable at a glance. */
const MATCHES_SHOWN = 3;

function Matches({ title, matches, names }: { title: string; matches: MatchExplanation[]; names: NameLookup }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (matches.length === 0) return null;
  const shown = all ? matches : matches.slice(0, MATCHES_SHOWN);
  return (
    <div className="board-place-matches">
      <Typography.Text type="secondary">{title}</Typography.Text>
      <ul>
        {shown.map((match, index) => (
          <li key={index}>
            <Typography.Text type="secondary">{ruleName(match.constraint, t)}: </Typography.Text>
            {wordMatch(match, t, names)}
          </li>
        ))}
      </ul>
      {matches.length > shown.length && (
        <Button type="link" size="small" onClick={() => setAll(true)}>
          {t('board.places.more', { count: matches.length - shown.length })}
        </Button>
      )}
    </div>
  );
}

/**
 * "Find a place": the best places for the engagement, asked for on request, each with its venue,
 * space and Beijing start, what it does to the score in words, and the rules it breaks and mends.
 * Choosing one hands it to the board, which previews and saves it as it does a drop.
 */
export function PlaceFinder({ planId, eventId, offsetMinutes, names, venueName, canMove, onChoose }: PlaceFinderProps) {
  const { t, i18n } = useTranslation();
  const [asked, setAsked] = useState(false);
  const places = usePlaces(planId, asked ? eventId : undefined);
  const language: Language = i18n.language === 'zh' ? 'zh' : 'en';

  if (!asked) {
    return (
      <Button onClick={() => setAsked(true)} data-testid="find-place">
        {t('board.places.find')}
      </Button>
    );
  }
  if (places.error) {
    return <Alert type="error" title={errorMessage(places.error, t, t('errors.unexpected'))} />;
  }
  if (!places.data) {
    return (
      <Spin tip={t('board.places.finding')}>
        <div className="board-preview-wait" />
      </Spin>
    );
  }
  const options = places.data.places;
  return (
    <section aria-label={t('board.places.title')} data-testid="place-list">
      <Typography.Title level={5}>{t('board.places.title')}</Typography.Title>
      {!canMove && <Typography.Paragraph type="secondary">{t('board.places.readOnly')}</Typography.Paragraph>}
      {options.length === 0 && <Typography.Paragraph>{t('board.places.none')}</Typography.Paragraph>}
      {options.some((place) => place.breaksHardRules) && (
        <Alert type="warning" className="board-places-warning" title={t('board.places.onlyBreaking')} />
      )}
      <ol className="board-places">
        {options.map((place) => {
          const where = t('board.places.where', {
            venue: venueName(place.venueId, place.venueName),
            space: place.spaceName,
            start: formatBeijing(toInstant(place.start, offsetMinutes), language),
          });
          return (
            <li key={`${place.spaceId}|${place.start}`} className="board-place" data-testid="place-option">
              <div className="board-place-head">
                <strong>{where}</strong>
                {place.breaksHardRules && <Tag color="error">{t('board.places.breaksHard')}</Tag>}
              </div>
              <Typography.Text
                className={isBetter(place.difference) ? 'board-place-better' : 'board-place-worse'}
                data-testid="place-difference"
              >
                {wordDifference(place.difference, t)}
              </Typography.Text>
              <Matches title={t('board.removed')} matches={place.removed} names={names} />
              <Matches title={t('board.added')} matches={place.added} names={names} />
              {canMove && (
                <Button
                  size="small"
                  aria-label={t('board.places.chooseLabel', { where })}
                  onClick={() => onChoose(place)}
                >
                  {t('board.places.choose')}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
