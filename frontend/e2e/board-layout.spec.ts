import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, type Language } from './support';
import { apiAs, copyDemoSummit, solveBriefly, unique } from './support-scenarios';

/**
 * The board on the office's two laptop screens (1366 x 768 and 1440 x 900), in English and in
 * Chinese: most of the screen is timeline before any scrolling; the day and week buttons and the
 * zoom buttons change the time shown; the time axis stays in view while the rows scroll; names too
 * long for their room end in "…" and show whole on hover and focus; an engagement's details name
 * its venue; the engagement table keeps Edit and Delete in view.
 */
const STRINGS = { en, zh };
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
];

/** How many pixels of the timeline the screen shows without scrolling. */
const timelineInView = (page: Page) =>
  page.locator('.plan-timeline').evaluate((element) => {
    const box = element.getBoundingClientRect();
    return Math.round(Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
  });

/** The span of the range caption ("04-13 07:00 – 23:00", "04-12 00:00 – 04-19 00:00") in hours. */
function captionHours(caption: string): number {
  const [from, to] = caption.split(' – ');
  const [fromDay, fromTime] = from!.split(' ');
  const [toDay, toTime] = to!.includes(' ') ? to!.split(' ') : [fromDay, to];
  const hours = (time: string) => Number(time.slice(0, 2)) + Number(time.slice(3)) / 60;
  const day = (mmdd: string) => Date.UTC(2027, Number(mmdd.slice(0, 2)) - 1, Number(mmdd.slice(3)));
  return (day(toDay!) - day(fromDay!)) / 3_600_000 + hours(toTime!) - hours(fromTime!);
}

async function caption(page: Page): Promise<string> {
  return (await page.getByTestId('board-range-caption').textContent()) ?? '';
}

/** The first engagement drawn whole in the timeline's visible part (in the week view: all of its days). */
async function engagementInView(page: Page): Promise<Locator> {
  const items = page.locator('.vis-item.engagement');
  const index = await items.evaluateAll((elements) => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return elements.findIndex((element) => {
      const box = element.getBoundingClientRect();
      return box.left >= panel.left && box.right <= panel.right && box.top >= panel.top && box.bottom <= panel.bottom;
    });
  });
  expect(index, 'an engagement in view').toBeGreaterThanOrEqual(0);
  return items.nth(index);
}

for (const language of ['en', 'zh'] as Language[]) {
  const s = STRINGS[language];
  for (const screen of SCREENS) {
    const size = `${screen.width}x${screen.height}`;

    test.describe(`board layout (${language}, ${size})`, () => {
      test.use({ viewport: screen });

      test(`the board fits the screen and its time range is chosen by buttons (${language}, ${size})`, async ({
        page,
        playwright,
      }) => {
        const officer = await apiAs(playwright, 'officer');
        const planId = await copyDemoSummit(officer, `Board layout ${unique(language)} ${size}`);
        await solveBriefly(officer, planId, 4);

        await signIn(page, 'officer', language);
        await page.goto(`/plans/${planId}`);
        const board = page.getByTestId('plan-board');
        await expect(board).toHaveAttribute('data-board-ready', 'true', { timeout: 90_000 });
        // The score's figures arrive after the timeline and would push it down: measured after them.
        await expect(page.locator('.board-kpis')).toBeVisible();
        await expect(page.getByTestId('explanation')).toBeVisible();

        // Most of the screen is timeline, its time axis among it.
        const inView = await timelineInView(page);
        console.log(`timeline in view without scrolling at ${size} (${language}): ${inView} px`);
        expect(inView).toBeGreaterThanOrEqual(screen.height * 0.55);
        await expect(page.locator('.plan-timeline .vis-time-axis').first()).toBeInViewport();
        await screenshot(page, `board-layout-${language}-${size}`);
        await expectAccessible(page, `board at ${size} (${language})`);
        if (language === 'zh') await expectNoEnglishUi(page, `board at ${size}`);

        // The board opens on a day (07:00 to 23:00 of its busiest), the day button pressed.
        const range = page.getByTestId('board-range');
        const day = range.getByRole('button', { name: s.board.range.day, exact: true });
        const week = range.getByRole('button', { name: s.board.range.week, exact: true });
        await expect(day).toHaveAttribute('aria-pressed', 'true');
        await expect(page.getByTestId('board-range-caption')).toHaveText(/^\d\d-\d\d 07:00 – 23:00$/);

        // Titles longer than their boxes end in "…", whole for screen readers and on hover: on the
        // busiest day the board opens on, or zoomed out until some are.
        const labels = page.locator('.vis-item.engagement .board-item-label');
        const cutTitle = () =>
          labels.evaluateAll((all) => all.findIndex((l) => l.clientWidth > 0 && l.scrollWidth > l.clientWidth));
        for (let step = 0; step < 3 && (await cutTitle()) < 0; step += 1) {
          await range.getByRole('button', { name: s.board.range.zoomOut, exact: true }).click();
          await expect.poll(() => page.locator('.vis-item.engagement').count()).toBeGreaterThan(0);
        }
        const cutIndex = await cutTitle();
        expect(cutIndex, 'a title cut with "…"').toBeGreaterThanOrEqual(0);
        const cutLabel = labels.nth(cutIndex);
        await expect(cutLabel).toHaveCSS('text-overflow', 'ellipsis');
        const title = (await cutLabel.textContent()) ?? '';
        expect(await cutLabel.getAttribute('aria-label')).toContain(title);
        await cutLabel.hover();
        await expect(page.locator('.vis-tooltip')).toContainText(title);
        await screenshot(page, `board-layout-cut-title-${language}-${size}`);
        await page.mouse.move(0, 0);

        // The week button shows seven days, the day button one again.
        await day.click();
        await expect(day).toHaveAttribute('aria-pressed', 'true');
        expect(captionHours(await caption(page))).toBe(16);
        await week.click();
        await expect(week).toHaveAttribute('aria-pressed', 'true');
        await expect.poll(async () => captionHours(await caption(page))).toBe(7 * 24);
        await expect(page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').first()).toHaveText(
          /^\d\d-\d\d$/,
        );
        await screenshot(page, `board-layout-week-${language}-${size}`);
        // Back to a day: the one in the middle of the week shown.
        const weekStart = new Date(`2027-${(await caption(page)).slice(0, 5)}T00:00:00Z`);
        const middleDay = new Date(weekStart.getTime() + 3 * 86_400_000).toISOString().slice(5, 10);

        await day.click();
        await expect(day).toHaveAttribute('aria-pressed', 'true');
        await expect.poll(() => caption(page)).toMatch(/^\d\d-\d\d 07:00 – 23:00$/);
        expect((await caption(page)).slice(0, 5)).toBe(middleDay);

        // Zoom in and out from the keyboard: 8 hours, then 16, a day and two days.
        const zoomIn = range.getByRole('button', { name: s.board.range.zoomIn, exact: true });
        const zoomOut = range.getByRole('button', { name: s.board.range.zoomOut, exact: true });
        await zoomIn.focus();
        await page.keyboard.press('Enter');
        await expect.poll(async () => captionHours(await caption(page))).toBe(8);
        await expect(day).toHaveAttribute('aria-pressed', 'false');
        await zoomOut.focus();
        for (const hours of [16, 24, 48]) {
          await page.keyboard.press('Enter');
          await expect.poll(async () => captionHours(await caption(page))).toBe(hours);
        }
        await day.click();

        // The rows scroll under the time axis, which stays where it is.
        const axis = page.locator('.plan-timeline .vis-panel.vis-top');
        await page.locator('.plan-timeline').evaluate((element) => element.scrollIntoView({ block: 'start' }));
        const axisBefore = (await axis.boundingBox())!;
        const firstRow = page.locator('.plan-timeline .vis-label').first();
        const rowBefore = (await firstRow.boundingBox())!;
        const rowNames = (await page.locator('.plan-timeline .vis-panel.vis-left').boundingBox())!;
        await page.mouse.move(rowNames.x + rowNames.width / 2, rowNames.y + rowNames.height / 2);
        await page.mouse.wheel(0, 400);
        await expect.poll(async () => (await firstRow.boundingBox())!.y).toBeLessThan(rowBefore.y - 100);
        expect((await axis.boundingBox())!.y).toBe(axisBefore.y);
        await expect(axis).toBeInViewport();
        await page.mouse.wheel(0, -2000);

        // A venue's name too long for the rows' labels ends in "…"; with the focus on it, it shows whole.
        const cutVenue = page.locator('.board-venue-toggle[data-cut="true"]').first();
        await expect(cutVenue.locator('.board-label-shown')).toHaveText(/…$/);
        const venueName = (await cutVenue.getAttribute('title'))!;
        // The name read out is the whole one (after the open or closed mark).
        await expect(cutVenue).toHaveAccessibleName(new RegExp(`${venueName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
        await cutVenue.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        await expect(cutVenue).toBeFocused();
        expect((await cutVenue.locator('.board-label-whole').boundingBox())!.height).toBeGreaterThan(10);
        await screenshot(page, `board-layout-cut-name-${language}-${size}`);

        // An engagement's details name its venue.
        await week.click();
        await expect(week).toHaveAttribute('aria-pressed', 'true');
        const engagement = await engagementInView(page);
        await engagement.locator('.board-item-label').focus();
        await page.keyboard.press('Enter');
        const details = page.getByTestId('engagement-details');
        await expect(details).toBeVisible();
        const venueRow = details.locator('.ant-descriptions-row').filter({ hasText: s.board.venue });
        await expect(venueRow).toHaveCount(1);
        const eventTitle = (await details.locator('.ant-descriptions-item-content').first().textContent())!;
        const expected = await venueOf(officer, planId, eventTitle, language);
        await expect(venueRow.locator('.ant-descriptions-item-content')).toHaveText(expected);
        await screenshot(page, `board-layout-drawer-${language}-${size}`);
        await expectAccessible(
          page,
          `engagement details at ${size} (${language})`,
          '[data-testid="engagement-details"]',
        );
        await page.keyboard.press('Escape');

        // The engagement table: Edit and Delete of every row in view, without scrolling sideways.
        await page.getByTestId('plan-content-links').getByRole('link').nth(2).click();
        await expect(page.getByTestId('engagement-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
        const first = page.getByTestId('engagement-table').locator('tbody tr.ant-table-row').first();
        await expect(first.getByRole('button', { name: s.engagements.edit, exact: true })).toBeInViewport({ ratio: 1 });
        await expect(first.getByRole('button', { name: s.engagements.delete, exact: true })).toBeInViewport({
          ratio: 1,
        });
        await screenshot(page, `board-layout-engagements-${language}-${size}`);
        await expectAccessible(page, `engagement table at ${size} (${language})`);
        await officer.dispose();
      });
    });
  }
}

/** The venue of an engagement found by its title, named as the UI names it: the catalogue's Chinese name in Chinese. */
async function venueOf(
  officer: Awaited<ReturnType<typeof apiAs>>,
  planId: number,
  title: string,
  language: Language,
): Promise<string> {
  const engagements = (await (await officer.get(`/api/plans/${planId}/engagements?size=2000`)).json()) as {
    content: Array<{ title: string; assignment?: { spaceId?: string } | null }>;
  };
  const spaceId = engagements.content.find((e) => e.title === title)?.assignment?.spaceId;
  const document = (await (await officer.get(`/api/plans/${planId}/export`)).json()) as {
    venues: Array<{ id: string; name: string; spaces: Array<{ id: string }> }>;
  };
  const venue = document.venues.find((v) => v.spaces.some((space) => space.id === spaceId))!;
  if (language === 'en') return venue.name;
  const catalogue = (await (await officer.get(`/api/venues/${venue.id}`)).json()) as { nameZh?: string };
  return catalogue.nameZh ?? venue.name;
}
