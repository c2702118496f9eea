import { Collapse, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConstraintAnalysis, MatchExplanation } from '@/types/api';
import { ruleName } from '../lib/rule-name';
import { wordMatch, type NameLookup } from '../lib/word-match';

export interface ExplanationPanelProps {
  constraints: ConstraintAnalysis[];
  names: NameLookup;
  onHighlight: (eventIds: string[]) => void;
}

/** A rule lists at most this many matches; the heaviest come first, and the rest adds only length. */
const SHOWN_MATCHES = 50;

/**
 * The broken rules, hard before medium before soft (the analysis's order), each with its matches
 * worded in the UI's language. Clicking a match highlights its engagements on the board.
 */
export function ExplanationPanel({ constraints, names, onHighlight }: ExplanationPanelProps) {
  const { t } = useTranslation();
  const broken = constraints.filter((constraint) => constraint.matches > 0);
  if (broken.length === 0) {
    return <Typography.Text type="secondary">{t('board.noMatches')}</Typography.Text>;
  }
  return (
    <Collapse
      size="small"
      data-testid="explanation"
      items={broken.map((constraint) => ({
        key: constraint.id,
        label: (
          <span className="board-rule">
            <Tag className={`tag-${constraint.level.toLowerCase()}`}>{t(`board.level.${constraint.level}`)}</Tag>
            {ruleName(constraint.id, t)}
            <Typography.Text type="secondary">
              {' · '}
              {t('board.matches', { count: constraint.matches })} · {constraint.score}
            </Typography.Text>
          </span>
        ),
        children: (
          <List
            size="small"
            dataSource={constraint.explanations.slice(0, SHOWN_MATCHES)}
            renderItem={(match: MatchExplanation, index) => (
              <List.Item key={index}>
                <Typography.Link className="board-match" onClick={() => onHighlight(match.eventIds)}>
                  {wordMatch(match, t, names)}
                </Typography.Link>
              </List.Item>
            )}
          />
        ),
      }))}
    />
  );
}
