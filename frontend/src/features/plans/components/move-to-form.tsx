import { Alert, Button, Form, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDateTime } from '@/types/plan-document';
import { grainTimes, horizonDays, withinHorizon } from '../lib/move-choices';

export interface MoveVenue {
  id: string;
  /** In the UI's language. */
  name: string;
  spaces: Array<{ id: string; name: string }>;
}

export interface MoveToFormProps {
  venues: MoveVenue[];
  horizonStart: LocalDateTime;
  horizonEnd: LocalDateTime;
  grainMinutes: number;
  /** Where the engagement is now: the form starts there. */
  current?: { spaceId?: string | null; start?: string | null } | null;
  onPropose: (place: { spaceId: string; spaceName: string; start: LocalDateTime }) => void;
}

/**
 * "Move to…": a venue (searched by name), one of its spaces, a day of the horizon and a time on the
 * plan's grain, then the same preview as a drop. Every field is a labelled select, so the form is
 * worked with the keyboard alone: Tab between fields, type to search, arrows and Enter to choose.
 */
export function MoveToForm({ venues, horizonStart, horizonEnd, grainMinutes, current, onPropose }: MoveToFormProps) {
  const { t } = useTranslation();
  const venueOfSpace = useMemo(() => {
    const byId = new Map<string, MoveVenue>();
    venues.forEach((venue) => venue.spaces.forEach((space) => byId.set(space.id, venue)));
    return byId;
  }, [venues]);
  const days = useMemo(() => horizonDays(horizonStart, horizonEnd), [horizonStart, horizonEnd]);
  const times = useMemo(() => grainTimes(grainMinutes), [grainMinutes]);

  const [venueId, setVenueId] = useState<string | undefined>(
    current?.spaceId ? venueOfSpace.get(current.spaceId)?.id : undefined,
  );
  const [spaceId, setSpaceId] = useState<string | undefined>(current?.spaceId ?? undefined);
  const [day, setDay] = useState<string>(current?.start?.slice(0, 10) ?? days[0] ?? '');
  const [time, setTime] = useState<string>(current?.start?.slice(11, 16) ?? '09:00');
  const [outside, setOutside] = useState(false);

  const venue = venues.find((candidate) => candidate.id === venueId);
  const venueOptions = useMemo(() => venues.map((v) => ({ value: v.id, label: v.name })), [venues]);
  const spaceOptions = venue?.spaces.map((space) => ({ value: space.id, label: space.name })) ?? [];

  const propose = () => {
    const space = venue?.spaces.find((candidate) => candidate.id === spaceId);
    if (!space) return;
    const start = `${day}T${time}`;
    if (!withinHorizon(start, horizonStart, horizonEnd)) {
      setOutside(true);
      return;
    }
    setOutside(false);
    onPropose({ spaceId: space.id, spaceName: space.name, start });
  };

  return (
    <Form layout="vertical" onFinish={propose} data-testid="move-to-form" className="board-move-form">
      <Form.Item label={t('board.moveForm.venue')} htmlFor="move-to-venue">
        <Select
          id="move-to-venue"
          showSearch={{ optionFilterProp: 'label' }}
          options={venueOptions}
          value={venueId}
          onChange={(next: string) => {
            setVenueId(next);
            setSpaceId(venues.find((v) => v.id === next)?.spaces[0]?.id);
          }}
        />
      </Form.Item>
      <Form.Item label={t('board.moveForm.space')} htmlFor="move-to-space">
        <Select
          id="move-to-space"
          showSearch={{ optionFilterProp: 'label' }}
          options={spaceOptions}
          value={spaceId}
          onChange={(next: string) => setSpaceId(next)}
          disabled={!venue}
        />
      </Form.Item>
      <Form.Item label={t('board.moveForm.day')} htmlFor="move-to-day">
        <Select
          id="move-to-day"
          showSearch
          options={days.map((d) => ({ value: d, label: d }))}
          value={day}
          onChange={setDay}
        />
      </Form.Item>
      <Form.Item label={t('board.moveForm.time')} htmlFor="move-to-time">
        <Select
          id="move-to-time"
          showSearch
          options={times.map((value) => ({ value, label: value }))}
          value={time}
          onChange={setTime}
        />
      </Form.Item>
      {outside && <Alert type="error" title={t('board.moveForm.outside')} className="board-move-outside" />}
      <Button type="primary" htmlType="submit" disabled={!venue || !spaceId}>
        {t('board.moveForm.preview')}
      </Button>
    </Form>
  );
}
