import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { PlaceBooking } from '@/lib/board-rows';
import { summitWeek } from '@/testing/fixtures';
import { renderInApp } from '@/testing/render-app';
import { SetbackBanner } from './setback-banner';

const bookings = new Map<string, PlaceBooking>([
  ['talks', { status: 'DECLINED', reason: 'Hall under repair' }],
  ['banquet', { status: 'CONFIRMED' }],
  ['lunch', { status: 'LAPSED' }],
]);

describe('the banner of a plan that needs a re-plan', () => {
  it('says how many engagements are affected and why, and highlights them', async () => {
    await i18n.changeLanguage('en');
    const plan = { ...summitWeek(['edit']), needsReplan: true, setbacks: { declined: 1, lapsed: 1, cancelled: 0 } };
    const onHighlight = vi.fn();
    const { user } = renderInApp(<SetbackBanner plan={plan} bookings={bookings} onHighlight={onHighlight} />);

    expect(screen.getByTestId('setback-banner')).toHaveTextContent('This plan needs a re-plan');
    expect(screen.getByTestId('setback-summary')).toHaveTextContent(
      /^1 engagement declined by its venue; 1 request not answered in time\. Re-plan or move them/,
    );
    await user.click(screen.getByTestId('setback-highlight'));
    expect(onHighlight).toHaveBeenCalledWith(['talks', 'lunch']);
  });

  it('says that publishing is left once the affected engagements are moved, and nothing for a settled plan', async () => {
    await i18n.changeLanguage('zh');
    const replanned = { ...summitWeek([]), needsReplan: true };
    const { unmount } = renderInApp(<SetbackBanner plan={replanned} bookings={new Map()} onHighlight={vi.fn()} />);
    expect(screen.getByTestId('setback-summary')).toHaveTextContent('受影响的活动已重新安排');
    expect(screen.queryByTestId('setback-highlight')).toBeNull();
    unmount();

    renderInApp(<SetbackBanner plan={summitWeek([])} bookings={bookings} onHighlight={vi.fn()} />);
    expect(screen.queryByTestId('setback-banner')).toBeNull();
    await i18n.changeLanguage('en');
  });
});
