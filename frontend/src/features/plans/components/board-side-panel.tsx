import { Segmented, Spin } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardData } from '../hooks/use-board-data';
import { ExplanationPanel } from './explanation-panel';
import { MovedList } from './moved-list';
import { UnscheduledList } from './unscheduled-list';
import { WeightsPanel } from './weights-panel';

type SidePanel = 'explanation' | 'unscheduled' | 'moved' | 'weights';

// The board renders again on every pick-up and drop; these parts only when their own data changes
// (a 120-delegation plan's explanation costs hundreds of milliseconds to render).
const Explanation = memo(ExplanationPanel);
const Unscheduled = memo(UnscheduledList);

/** Beside the timeline, one at a time: the score's explanation, the unscheduled and moved engagements, the weights. */
export function BoardSidePanel({
  planId,
  data,
  onHighlight,
  onSelect,
}: {
  planId: number;
  data: BoardData;
  onHighlight: (eventIds: string[]) => void;
  onSelect: (eventId: string) => void;
}) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<SidePanel>('explanation');
  const { analysis, solveStatus, spaces } = data;
  return (
    <>
      <Segmented<SidePanel>
        aria-label={t('controls.boardSidePanel')}
        block
        value={panel}
        onChange={setPanel}
        className="board-side-switch"
        options={[
          { value: 'explanation', label: t('board.explanation') },
          { value: 'unscheduled', label: `${t('board.unscheduled')} (${analysis.data?.unscheduled.length ?? 0})` },
          { value: 'moved', label: `${t('board.moved')} (${solveStatus.data?.moved?.length ?? 0})` },
          { value: 'weights', label: t('board.weights') },
        ]}
      />
      <section className="board-side-panel" aria-label={t(`board.${panel}`)} tabIndex={0}>
        {panel === 'explanation' &&
          (analysis.data ? (
            <Explanation constraints={analysis.data.constraints} names={data.names} onHighlight={onHighlight} />
          ) : (
            <Spin />
          ))}
        {panel === 'unscheduled' && <Unscheduled unscheduled={analysis.data?.unscheduled ?? []} onSelect={onSelect} />}
        {panel === 'moved' && (
          <MovedList
            moved={solveStatus.data?.moved ?? []}
            spaceName={(id) => spaces.get(id)?.name ?? id}
            onSelect={onSelect}
          />
        )}
        {panel === 'weights' && <WeightsPanel planId={planId} canEdit={data.editable} />}
      </section>
    </>
  );
}
