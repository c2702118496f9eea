import { Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEngagements } from '@/api/get-engagements';
import { usePlan } from '@/api/get-plan';
import { usePlanDocument } from '@/api/get-plan-document';
import { PlanTimeline } from '@/components/plan-timeline';
import { boardItems, spacesInUse, venueGroups } from '@/lib/board-rows';
import { planHorizon, snapToGrain, zoneOffsetMinutes } from '@/lib/plan-time';
import { LoadError, Loading } from '@/components/query-state';
import { firstHighlighted, sideRows } from '../lib/side-rows';

export interface SideTimelineProps {
  planId: number;
  title: string;
  /** Engagements drawn highlighted: what the scenario changed. */
  highlighted: ReadonlySet<string>;
  venueName: (venueId: string, fallback: string) => string;
  testId: string;
}

const NOTHING = () => undefined;

/**
 * One plan's timeline by venue, read-only, with the changed engagements highlighted and the
 * first of them brought into view; the comparison puts two of them side by side.
 */
export function SideTimeline({ planId, title, highlighted, venueName, testId }: SideTimelineProps) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const document = usePlanDocument(planId);
  const engagements = useEngagements(planId);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [drawn, setDrawn] = useState(false);

  const offsetMinutes = useMemo(() => zoneOffsetMinutes(plan.data?.timeZone ?? 'Asia/Shanghai'), [plan.data?.timeZone]);
  const allGroups = useMemo(
    () =>
      document.data && engagements.data
        ? venueGroups(document.data, spacesInUse(engagements.data), { venue: venueName }, toggled)
        : [],
    [document.data, engagements.data, venueName, toggled],
  );
  const items = useMemo(
    () =>
      engagements.data && plan.data
        ? boardItems('venues', engagements.data, {
            offsetMinutes,
            grainMinutes: plan.data.grainMinutes,
            highlighted,
            editable: false,
            typeName: (type) => t(`enums.eventType.${type}` as 'enums.eventType.PLENARY'),
          })
        : [],
    [engagements.data, plan.data, offsetMinutes, highlighted, t],
  );
  const horizon = useMemo(() => plan.data && planHorizon(plan.data, offsetMinutes), [plan.data, offsetMinutes]);
  const groups = useMemo(() => sideRows(allGroups, items, highlighted), [allGroups, items, highlighted]);
  const focused = useMemo(() => {
    const first = firstHighlighted(groups, items, highlighted);
    return first ? [first.id] : [];
  }, [groups, items, highlighted]);

  const error = plan.error ?? document.error ?? engagements.error;
  let body;
  if (error) body = <LoadError error={error} />;
  else if (!plan.data || !horizon || !document.data || !engagements.data) body = <Loading />;
  else {
    const grain = plan.data.grainMinutes;
    body = (
      <PlanTimeline
        groups={groups}
        items={items}
        horizon={horizon}
        offsetMinutes={offsetMinutes}
        snap={(date) => snapToGrain(date, horizon.start, grain)}
        onMove={NOTHING}
        onSelect={NOTHING}
        onDrawn={() => setDrawn(true)}
        focused={focused}
        onToggleVenue={(venueId) => {
          const open = groups.find((group) => group.venue?.id === venueId)?.venue?.open ?? false;
          setToggled((current) => new Map(current).set(venueId, !open));
        }}
        ariaLabel={title}
      />
    );
  }
  return (
    <section
      className="comparison-timeline"
      data-testid={testId}
      data-drawn={drawn ? 'true' : 'false'}
      data-highlighted={items.filter((item) => highlighted.has(item.eventId)).length}
    >
      <Typography.Title level={3} className="comparison-timeline-title">
        {title}
        {plan.data && <Typography.Text type="secondary"> · {plan.data.name}</Typography.Text>}
      </Typography.Title>
      {body}
    </section>
  );
}
