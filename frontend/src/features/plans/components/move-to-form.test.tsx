import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '@/testing/render-app';
import { MoveToForm, type MoveVenue } from './move-to-form';

const venues: MoveVenue[] = [
  {
    id: 'cncc',
    name: 'Convention Centre',
    spaces: [
      { id: 'hall', name: 'Hall' },
      { id: 'salon', name: 'Salon' },
    ],
  },
  { id: 'diaoyutai', name: 'Diaoyutai Guesthouse', spaces: [{ id: 'fangfei', name: 'Fangfei Garden' }] },
];

/**
 * A key on the focused element as a browser sends it. antd's select reads the legacy `which` of a
 * key event, which user-event leaves out under jsdom; typing and Tab go through user-event.
 */
const KEY_CODES = { Enter: 13, ArrowUp: 38, ArrowDown: 40 } as const;
function press(key: keyof typeof KEY_CODES) {
  const code = KEY_CODES[key];
  fireEvent.keyDown(document.activeElement!, { key, code: key, keyCode: code, which: code });
}

function renderForm(current?: { spaceId: string; start: string }) {
  const onPropose = vi.fn();
  const { user } = renderInApp(
    <MoveToForm
      venues={venues}
      horizonStart="2027-04-12T00:00"
      horizonEnd="2027-04-14T00:00"
      grainMinutes={15}
      current={current}
      onPropose={onPropose}
    />,
  );
  return { onPropose, user };
}

describe('the "Move to…" form', () => {
  it('is worked with the keyboard alone: search a venue, pick a space, a day and a time, then preview', async () => {
    const { onPropose, user } = renderForm();

    await user.tab();
    expect(screen.getByLabelText('Venue')).toHaveFocus();
    await user.keyboard('diaoyu');
    press('Enter');
    await user.tab();
    expect(screen.getByLabelText('Space')).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Day')).toHaveFocus();
    await user.keyboard('04-13');
    press('Enter');
    await user.tab();
    expect(screen.getByLabelText('Time (Beijing)')).toHaveFocus();
    await user.keyboard('10:15');
    press('Enter');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Preview the move' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(onPropose).toHaveBeenCalledWith({
      spaceId: 'fangfei',
      spaceName: 'Fangfei Garden',
      start: '2027-04-13T10:15',
    });
  });

  it('starts where the engagement is, and offers the spaces of the chosen venue only', async () => {
    const { onPropose, user } = renderForm({ spaceId: 'salon', start: '2027-04-12T16:30' });

    await user.click(screen.getByLabelText('Space'));
    press('ArrowUp');
    press('Enter');
    await user.click(screen.getByRole('button', { name: 'Preview the move' }));

    expect(onPropose).toHaveBeenCalledWith({ spaceId: 'hall', spaceName: 'Hall', start: '2027-04-12T16:30' });
    expect(screen.queryByText('Fangfei Garden')).not.toBeInTheDocument();
  });

  it('cannot be sent without a venue and a space', () => {
    renderForm();
    expect(screen.getByRole('button', { name: 'Preview the move' })).toBeDisabled();
  });
});
