import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext, type Download, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import { expectNoEnglishUi, screenshot, signIn, type Language } from './support';
import { publishForTheManager } from './support-inbox';
import { withoutDisplayName } from './support-people';

/**
 * What protocol offices print and share: an officer downloads a day's master schedule and the plan's
 * workbook from the board; the venue manager downloads their venue's run sheet from the venue page and
 * their bookings from the inbox. Each download is checked by its file name and that it is not empty, and
 * the run sheet's first page is kept as a picture (pdftoppm) for a person to look at. The master schedule's text
 * (pdftotext) and the workbook's cells name the delegations as the screens do: in Chinese by their country's name
 * as Chromium gives it, with 代表团, never by the plan's English name.
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

interface Delegation {
  id: string;
  name: string;
  country?: string | null;
}

/** The plan's delegations with the name a download in the language gives each, the browser naming countries. */
async function delegationsAsNamed(page: Page, officer: APIRequestContext, planId: number, language: Language) {
  const answer = await officer.get(`/api/plans/${planId}/delegations?size=500`);
  expect(answer.status()).toBe(200);
  const delegations = ((await answer.json()) as { content: Delegation[] }).content;
  const countries = await page.evaluate(
    (codes) => {
      const names = new Intl.DisplayNames(['zh'], { type: 'region', fallback: 'none' });
      return codes.map((code) => (code ? (names.of(code.toUpperCase()) ?? null) : null));
    },
    delegations.map((d) => d.country ?? null),
  );
  return delegations.map((delegation, i) => ({
    ...delegation,
    named: language === 'zh' && countries[i] ? `${countries[i]}代表团` : delegation.name,
  }));
}

/** A PDF's text, without the spaces and line breaks that its table cells' wrapping puts in names. */
async function pdfText(path: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', [path, '-']);
  return stdout.replace(/\s+/g, '');
}

/** The texts of a workbook's cells (inline or shared strings), each list of names split into its names. */
async function workbookTexts(path: string): Promise<Set<string>> {
  const { stdout } = await promisify(execFile)('unzip', ['-p', path, 'xl/*.xml'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const texts = [...stdout.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((match) =>
    match[1]!
      .replaceAll('&apos;', "'")
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );
  return new Set(texts.flatMap((text) => text.split(/、|, /)));
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
    const delegations = await delegationsAsNamed(page, published.officer, planId, language);
    const engagement = (await (
      await published.officer.get(`/api/plans/${planId}/engagements/${published.first.engagement.id}`)
    ).json()) as { delegations: string[] };
    const masterText = await pdfText(await master.path());
    for (const id of engagement.delegations) {
      expect(masterText).toContain(delegations.find((d) => d.id === id)!.named.replace(/\s+/g, ''));
    }

    await page.getByTestId('plan-exports').click();
    const workbook = await downloadBy(page, () => page.getByRole('menuitem', { name: s.exports.workbook }).click());
    expect(workbook.suggestedFilename()).toBe(`plan-${planId}-schedule-${language}.xlsx`);
    expect(await size(workbook)).toBeGreaterThan(0);
    expect((await readFile(await workbook.path())).subarray(0, 2).toString('latin1')).toBe('PK');
    const cells = await workbookTexts(await workbook.path());
    for (const delegation of delegations) {
      expect(cells, delegation.named).toContain(delegation.named);
      if (delegation.named !== delegation.name) expect(cells, delegation.name).not.toContain(delegation.name);
    }

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
