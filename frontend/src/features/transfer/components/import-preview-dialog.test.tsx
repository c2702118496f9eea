import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import type { ImportPreview } from '../api/transfer';
import { ImportPreviewDialog } from './import-preview-dialog';

const preview: ImportPreview = {
  revision: 12,
  moved: [
    {
      eventId: 'ev-1',
      title: 'Welcome banquet',
      pinned: false,
      from: { spaceId: 'hall-a', start: '2026-09-01T19:00:00' },
      to: { spaceId: 'hall-b', start: '2026-09-01T20:00:00' },
    },
  ],
  newlyScheduled: [],
  newlyUnscheduled: [
    {
      eventId: 'ev-2',
      title: 'Talks',
      pinned: false,
      from: { spaceId: 'room-1', start: '2026-09-02T10:00:00' },
      to: null,
    },
  ],
  unchanged: 7,
  scoreBefore: { hard: 0, medium: 0, soft: -40 },
  feasibleBefore: true,
  scoreAfter: { hard: -120, medium: -1, soft: -35 },
  feasibleAfter: false,
  hardRulesBroken: [{ id: 'space-conflict', level: 'HARD', matches: 2, score: -120 }],
};

const names = new Map([
  ['hall-a', 'Great Hall · Hall A'],
  ['hall-b', 'Great Hall · Hall B'],
  ['room-1', 'Diaoyutai · Room 1'],
]);
const spaceName = (id: string) => names.get(id) ?? id;
const BEIJING = 8 * 60;

describe('the import’s preview', () => {
  it('names what would move and leave the schedule, the scores and the hard rules broken', async () => {
    await i18n.changeLanguage('en');
    render(
      <ImportPreviewDialog
        preview={preview}
        spaceName={spaceName}
        offsetMinutes={BEIJING}
        live
        importing={false}
        onImport={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    const body = await screen.findByTestId('import-preview-body');
    expect(body).toHaveTextContent('This is a live plan');
    expect(within(body).getByRole('region', { name: 'Moved (1)' })).toHaveTextContent(
      'Welcome banquetGreat Hall · Hall A, 1 Sept 2026, 19:00Great Hall · Hall B, 1 Sept 2026, 20:00',
    );
    expect(within(body).getByRole('region', { name: 'No longer scheduled (1)' })).toHaveTextContent(
      'TalksDiaoyutai · Room 1, 2 Sept 2026, 10:00not scheduled',
    );
    expect(body).not.toHaveTextContent('Newly scheduled');
    expect(body).toHaveTextContent('Score: now 0 / 0 / -40, after the import -120 / -1 / -35');
    expect(body).toHaveTextContent('7 engagements stay where they are.');
    expect(within(body).getByTestId('import-preview-hard')).toHaveTextContent('Space double-booked: 2 times');
  });

  it('gives a plan of another zone’s times in Beijing time', async () => {
    await i18n.changeLanguage('en');
    render(
      <ImportPreviewDialog
        preview={{ ...preview, newlyUnscheduled: [] }}
        spaceName={spaceName}
        offsetMinutes={9 * 60}
        live={false}
        importing={false}
        onImport={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    const moved = within(await screen.findByTestId('import-preview-body')).getByRole('region', { name: 'Moved (1)' });
    expect(moved).toHaveTextContent('Great Hall · Hall A, 1 Sept 2026, 18:00');
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh');
    render(
      <ImportPreviewDialog
        preview={preview}
        spaceName={(id) => (id === 'hall-a' ? '人民大会堂 · 宴会厅' : id)}
        offsetMinutes={BEIJING}
        live={false}
        importing={false}
        onImport={vi.fn()}
        onCancel={vi.fn()}
      />,
    );

    const body = await screen.findByTestId('import-preview-body');
    expect(body).toHaveTextContent('移动（1）');
    expect(body).toHaveTextContent('人民大会堂 · 宴会厅，2026年9月1日 19:00');
    expect(body).toHaveTextContent('场地时间冲突：2 次');
    expect(body).not.toHaveTextContent('正式方案');
    await i18n.changeLanguage('en');
  });
});
