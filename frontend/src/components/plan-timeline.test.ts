import { render, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { BoardGroup, BoardItem } from '@/lib/board-rows';
import { engagementToOpen, itemLabel, itemTooltip, toTimelineGroup } from '@/lib/timeline-content';
import { PlanTimeline } from './plan-timeline';

const item: BoardItem = {
  id: 'talks',
  eventId: 'talks',
  group: 'space:hall',
  start: new Date('2027-04-12T02:00:00Z'),
  end: new Date('2027-04-12T03:00:00Z'),
  content: 'Talks <b>A</b> & B',
  title: 'Talks <b>A</b> & B · Bilateral talks',
  className: 'engagement',
  editable: true,
};

/** A row's name as typed: the whole name a label cut to its width keeps for screen readers. */
const wholeName = (label: Element) => label.querySelector('.board-label-whole')?.textContent ?? label.textContent;

describe('an engagement on the timeline', () => {
  it('is a focusable button named by its tooltip, its title shown as text', () => {
    const label = itemLabel(item) as HTMLElement;

    expect(label.tabIndex).toBe(0);
    expect(label.getAttribute('role')).toBe('button');
    expect(label.getAttribute('aria-label')).toBe('Talks <b>A</b> & B · Bilateral talks');
    expect(label.textContent).toBe('Talks <b>A</b> & B');
    expect(label.querySelector('b')).toBeNull();
    expect(itemLabel(undefined)).toBe('');
  });

  it('opens its details with Enter or Space, and only those keys', () => {
    const label = itemLabel(item) as HTMLElement;
    const inner = document.createElement('i');
    label.appendChild(inner);

    expect(engagementToOpen({ key: 'Enter', target: label })).toBe('talks');
    expect(engagementToOpen({ key: ' ', target: inner })).toBe('talks');
    expect(engagementToOpen({ key: 'a', target: label })).toBeUndefined();
    expect(engagementToOpen({ key: 'Enter', target: document.body })).toBeUndefined();
  });
});

/** A title a planner could type or import; as HTML it would run a script. */
const MARKUP = '<img src=x onerror=alert(1)>';

describe('names and titles on the timeline', () => {
  it('are handed to vis-timeline as text in rows and tooltips, never as HTML strings', () => {
    const space = toTimelineGroup({ id: 'space:hall', content: MARKUP, className: 'board-space', order: 1 });
    const delegation = toTimelineGroup({
      id: 'delegation:x',
      content: MARKUP,
      className: 'board-delegation',
      order: 2,
    });
    const venue = toTimelineGroup({ id: 'venue:v', content: MARKUP, venue: { id: 'v', open: true }, order: 0 });
    const tooltip = itemTooltip({ ...item, title: `${MARKUP} · Bilateral talks` }) as HTMLElement;

    for (const element of [space.content, delegation.content, venue.content, tooltip]) {
      expect(element).toBeInstanceOf(HTMLElement);
      expect(element.querySelector('img')).toBeNull();
    }
    expect(wholeName(space.content)).toBe(MARKUP);
    expect(wholeName(delegation.content)).toBe(MARKUP);
    expect(wholeName(venue.content)).toBe(MARKUP);
    expect(tooltip.textContent).toBe(`${MARKUP} · Bilateral talks`);
  });

  it('reach the page as the characters typed in the rows vis-timeline draws', async () => {
    const groups: BoardGroup[] = [
      { id: 'venue:v', content: `${MARKUP} venue`, className: 'board-venue', venue: { id: 'v', open: true }, order: 0 },
      { id: 'space:hall', content: `${MARKUP} hall`, className: 'board-space', order: 1 },
      { id: 'delegation:x', content: `${MARKUP} delegation`, className: 'board-delegation', order: 2 },
    ];
    // jsdom lays nothing out, so vis-timeline draws the rows' labels but no items: their label and
    // tooltip are the elements itemLabel and itemTooltip make, checked above.
    const { container } = render(
      createElement(PlanTimeline, {
        groups,
        items: [{ ...item, content: MARKUP, title: MARKUP }],
        horizon: { start: new Date('2027-04-11T16:00:00Z'), end: new Date('2027-04-12T16:00:00Z') }, // a Beijing day
        offsetMinutes: 480,
        snap: (date: Date) => date,
        onMove: () => undefined,
        onSelect: () => undefined,
        onDrawn: () => undefined,
        focused: [],
        onToggleVenue: () => undefined,
        ariaLabel: 'Board',
      }),
    );

    await waitFor(() => expect(container.querySelectorAll('.vis-label')).toHaveLength(3));
    const labels = [...container.querySelectorAll('.vis-label')].map(wholeName);
    expect(labels).toEqual([`${MARKUP} venue`, `${MARKUP} hall`, `${MARKUP} delegation`]);
    expect(container.querySelector('img')).toBeNull();
  });
});
