import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, test, type Download, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import { expectNoEnglishUi, screenshot, signIn, type Language } from './support';
import { publishForTheManager } from './support-inbox';
import { withoutDisplayName } from './support-people';

/**
 * What protocol offices print and share: an officer downloads a day's master schedule and the plan's
 * workbook from the board; the venue manager downloads their venue's run sheet from the venue page and
 * their bookings from the inbox. Each download is checked by its file name and that it is not empty, and
 * the run sheet's first page is kept as a picture (pdftoppm) for a person to look at.
 */

const STRINGS = { en, zh };
const SCREENSHOTS = 'target/playwright/screenshots';

/** The Beijing day of an instant. */
const beijingDay = (instant: string) => new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);

/** Clicks what starts a download and answers the download. */
async function downloadBy(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

async function size(download: Download): Promise<number> {
  return (await stat(await download.path())).size;
}

for (const language of ['en', 'zh'] as Language[]) {
  const s = STRINGS[language];

  test(`run sheets and spreadsheets are downloaded from the board, the venue page and the inbox (${language})`, async ({
    page,
    browser,
    playwright,
  }) => {
    const published = await publishForTheManager(playwright, `exports ${language} ${Date.now()}`);
    const { planId, first } = published;
    const day = beijingDay(first.startsAt);

    // The officer's board: the day's master schedule and the plan's workbook.
    await signIn(page, 'officer', language);
    await page.goto(`/plans/${planId}`);
    await page.getByTestId('plan-exports').click();
    await page.getByRole('menuitem', { name: s.exports.masterSchedule }).click();
    await expect(page.getByRole('menuitem', { name: day, exact: true })).toBeVisible();
    await screenshot(page, `exports-menu-${language}`);
    if (language === 'zh') await withoutDisplayName(page, () => expectNoEnglishUi(page, 'exports menu'));
    const master = await downloadBy(page, () => page.getByRole('menuitem', { name: day, exact: true }).click());
    expect(master.suggestedFilename()).toBe(`master-schedule-${planId}-${day}-${language}.pdf`);
    expect(await size(master)).toBeGreaterThan(0);

    await page.getByTestId('plan-exports').click();
    const workbook = await downloadBy(page, () => page.getByRole('menuitem', { name: s.exports.workbook }).click());
    expect(workbook.suggestedFilename()).toBe(`plan-${planId}-schedule-${language}.xlsx`);
    expect(await size(workbook)).toBeGreaterThan(0);
    expect((await readFile(await workbook.path())).subarray(0, 2).toString('latin1')).toBe('PK');

    // The venue manager: the run sheet of their venue's day, then their bookings.
    const managerPage = await (await browser.newContext()).newPage();
    await signIn(managerPage, 'manager', language);
    await managerPage.goto(`/venues/${first.venueId}`);
    await managerPage.getByTestId('venue-run-sheet').click();
    const entry = managerPage.getByRole('menuitem', {
      name: s.exports.runSheetOf.replace('{{plan}}', published.name).replace('{{day}}', day),
    });
    const runSheet = await downloadBy(managerPage, () => entry.click());
    expect(runSheet.suggestedFilename()).toBe(`run-sheet-${first.venueId}-${day}-${language}.pdf`);
    expect(await size(runSheet)).toBeGreaterThan(0);
    await promisify(execFile)('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      await runSheet.path(),
      `${SCREENSHOTS}/exports-run-sheet-${language}`,
    ]);

    await managerPage.goto('/inbox');
    await managerPage.getByTestId('bookings-export').click();
    const bookings = await downloadBy(managerPage, () =>
      managerPage.getByRole('menuitem', { name: s.exports.bookingsWorkbook }).click(),
    );
    expect(bookings.suggestedFilename()).toBe(`bookings-${language}.xlsx`);
    expect(await size(bookings)).toBeGreaterThan(0);
    await managerPage.context().close();
  });
}
