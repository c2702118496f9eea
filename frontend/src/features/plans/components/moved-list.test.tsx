import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { MovedList } from './moved-list';

const spaceNames: Record<string, string> = { hall: 'Great Hall', salon: 'Salon' };

describe('the engagements moved since publish', () => {
  it('lists each from its published place to where it is now, or as no longer scheduled', async () => {
    await i18n.changeLanguage('en');
    const onSelect = vi.fn();
    render(
      <MovedList
        moved={[
          {
            eventId: 'talks',
            title: 'Talks with Ruritania',
            from: { spaceId: 'hall', start: '2026-09-08T10:30:00' },
            to: { spaceId: 'salon', start: '2026-09-08T14:00:00' },
          },
          { eventId: 'lunch', title: 'Working lunch', from: { spaceId: 'salon', start: '2026-09-09T12:00:00' } },
        ]}
        spaceName={(id) => spaceNames[id] ?? id}
        onSelect={onSelect}
      />,
    );

    expect(screen.getByText('Great Hall 2026-09-08 10:30 → Salon 2026-09-08 14:00')).toBeInTheDocument();
    expect(screen.getByText('Salon 2026-09-09 12:00 → no longer scheduled')).toBeInTheDocument();
    fireEvent.click(screen.getByText('Talks with Ruritania'));
    expect(onSelect).toHaveBeenCalledWith('talks');
  });

  it('says so when nothing moved', async () => {
    await i18n.changeLanguage('zh');
    render(<MovedList moved={[]} spaceName={(id) => id} onSelect={() => undefined} />);

    expect(screen.getByText('所有已发布的活动均在原定场地和时间。')).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });
});
