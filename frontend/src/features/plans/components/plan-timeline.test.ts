import { describe, expect, it } from 'vitest';
import type { BoardItem } from '../lib/board-rows';
import { engagementToOpen, itemLabel } from './plan-timeline';

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
