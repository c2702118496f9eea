import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import {
  confirmPopup,
  exactly,
  expectAccessible,
  expectNoEnglishUi,
  openDemoBoard,
  screenshot,
  signIn,
  solveOnBoard,
  successMessage,
  type Language,
} from './support';

/**
 * The officer's day on the demo summit: open the live plan's board, solve it for a few seconds
 * and watch the score arrive, read the explanation and highlight what a rule is about, drag an
 * engagement and see the score preview before saving, pin it, publish. Once in English and once
 * in Chinese (with no English UI string and no untranslated key left on the screens).
 */
const SOLVE_SECONDS = 6;

const STRINGS = { en, zh };

/** The id of the plan whose board the page shows. */
function planIdOf(page: Page): string {
  return page.url().split('/plans/')[1]!.split(/[/?#]/)[0]!;
}

/** The answer to the request that `action` sends with this method to a path ending so. */
async function answerTo(page: Page, method: string, path: RegExp, action: () => Promise<void>) {
  const [answer] = await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === method && path.test(new URL(response.url()).pathname),
    ),
    action(),
  ]);
  return answer;
}

async function solve(page: Page, language: Language) {
  const s = STRINGS[language];
  const planId = planIdOf(page);
  await solveOnBoard(page, planId, SOLVE_SECONDS, s.board.solve);
  await expect(page.getByTestId('solve-state')).toContainText(s.enums.solveState.FINISHED);
  // The board shows this solve's saved score. Not "a score other than before": the plan may have been
  // solved already (the other language's run), and a short re-solve may rightly find nothing better.
  const job = await page.request.get(`/api/plans/${planId}/solve`);
  expect(job.ok(), await job.text()).toBe(true);
  const best = ((await job.json()) as { bestScore: { hard: number; soft: number } }).bestScore;
  await expect(page.getByTestId('score-hard')).toHaveText(best.hard.toLocaleString('en-GB'));
  await expect(page.getByTestId('score-soft')).toHaveText(best.soft.toLocaleString('en-GB'));
}

async function explain(page: Page, language: Language) {
  // A soft rule's: its matches are engagements the solver placed. A hard rule's may be only the engagement
  // the other language's run moved and pinned.
  const soft = STRINGS[language].board.level.SOFT;
  const rule = page.getByTestId('explanation').locator('.ant-collapse-item').filter({ hasText: soft }).first();
  await rule.locator('.ant-collapse-header').click();
  // A match of the rule just opened, not of one another step may have opened: the board turns to its
  // engagement and says it is highlighted.
  await rule.locator('.board-match').first().click();
  await expect(page.locator('.board-clear-highlight')).toBeVisible();
}

/**
 * The board as it opens, on its first page: the highlight centres the board on one engagement, which
 * may leave nothing else in view to drag or pin, and saving a move centres it there again.
 */
async function reopenBoard(page: Page) {
  await page.goto(`/plans/${planIdOf(page)}`);
  await expect(page.getByTestId('plan-board')).toHaveAttribute('data-board-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('.board-clear-highlight')).toHaveCount(0);
  // The score's figures and the explanation arrive after the timeline and push it down the page.
  await expect(page.locator('.board-kpis')).toBeVisible();
  await expect(page.getByTestId('explanation').locator('.ant-collapse-item').first()).toBeVisible();
}

/** Where the engagement is drawn once the page has stopped moving it (data arriving above shifts it). */
async function restingBox(item: Locator) {
  let last = await item.boundingBox();
  await expect
    .poll(
      async () => {
        const now = await item.boundingBox();
        const still = now !== null && JSON.stringify(now) === JSON.stringify(last);
        last = now;
        return still;
      },
      { intervals: [100, 250, 500] },
    )
    .toBe(true);
  return last!;
}

/** The engagements on the timeline that may be moved, but for the one titled `except`. */
const movableItems = (page: Page, except?: string) => {
  const items = page.locator('.vis-item.engagement:not(.engagement-pinned)');
  return except === undefined ? items : items.filter({ hasNotText: exactly(except) });
};

/**
 * The index of the first movable engagement drawn whole inside the timeline's visible part (one that
 * starts before the window is drawn under the rows' labels, where a drag cannot pick it up), scrolling
 * down the rows for one (a quiet day at the venues on top); -1 when there is none.
 */
async function movableInView(page: Page): Promise<number> {
  await page.locator('.plan-timeline').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const probe = () =>
    movableItems(page).evaluateAll((elements) => {
      const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      return elements.findIndex((element) => {
        const box = element.getBoundingClientRect();
        return (
          box.width >= 12 &&
          box.left >= panel.left &&
          box.right <= panel.right - 80 &&
          box.top >= panel.top &&
          box.bottom <= Math.min(panel.bottom, window.innerHeight)
        );
      });
    });
  let index = await probe();
  for (let scrolls = 0; index < 0 && scrolls < 30; scrolls++) {
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
    await page.mouse.wheel(0, 250);
    index = await probe();
  }
  return index;
}

/**
 * Opens the details of a movable engagement other than the one titled `except` from the keyboard, as
 * the timeline's items are focusable: where on the screen it is drawn does not matter. Scrolls down the
 * rows while none is drawn.
 */
async function openByKeyboard(page: Page, except: string) {
  const others = movableItems(page, except);
  for (let scrolls = 0; (await others.count()) === 0 && scrolls < 30; scrolls++) {
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
    await page.mouse.wheel(0, 250);
  }
  await others.first().locator('.board-item-label').focus();
  await page.keyboard.press('Enter');
}

/**
 * Drags a movable engagement one hour later on its row, waits for the preview, and tells the
 * engagement's title.
 */
async function dragWithPreview(page: Page): Promise<string> {
  const index = await movableInView(page);
  expect(index, 'an engagement to drag in view').toBeGreaterThanOrEqual(0);
  const item = movableItems(page).nth(index);
  const title = (await item.textContent())!;
  const box = await restingBox(item);
  const hour = await page.evaluate(() => {
    const axis = document.querySelectorAll('.vis-time-axis .vis-grid.vis-minor');
    const [a, b] = [axis[0]?.getBoundingClientRect(), axis[1]?.getBoundingClientRect()];
    return a && b ? Math.abs(b.left - a.left) : 60;
  });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + hour / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2 + hour, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('move-preview-result')).toBeVisible({ timeout: 60_000 });
  return title;
}

/** An API client signed in with HTTP Basic, as the venue's answer would come from another desk. */
async function apiAs(
  playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } },
  username: string,
) {
  return playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { Authorization: `Basic ${Buffer.from(`${username}:demo`).toString('base64')}` },
  });
}

/**
 * The venue confirms the request for the engagement titled so: the officer may answer for a venue
 * without managers (docs/reference/roles.md), its manager for one with them.
 */
async function confirmRequestFor(playwright: Parameters<typeof apiAs>[0], planId: string, title: string) {
  const officer = await apiAs(playwright, 'officer');
  const listed = await officer.get(`/api/bookings?plan=${planId}&status=REQUESTED&size=500`);
  expect(listed.status()).toBe(200);
  const booking = (
    (await listed.json()) as { content: Array<{ id: number; engagement: { title: string } }> }
  ).content.find((candidate) => candidate.engagement.title === title);
  expect(booking, `a request for ${title}`).toBeDefined();
  let answer = await officer.post(`/api/bookings/${booking!.id}/confirm`);
  if (answer.status() === 403) {
    answer = await (await apiAs(playwright, 'manager')).post(`/api/bookings/${booking!.id}/confirm`);
  }
  expect(answer.status(), await answer.text()).toBe(200);
}

for (const language of ['en', 'zh'] as Language[]) {
  const s = STRINGS[language];

  test(`an officer solves, explains, moves, pins and publishes the demo summit (${language})`, async ({
    page,
    playwright,
  }) => {
    await signIn(page, 'officer', language);
    await openDemoBoard(page);
    await screenshot(page, `board-${language}`);
    await expectAccessible(page, `board (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'board');

    await solve(page, language);
    await screenshot(page, `board-solved-${language}`);

    await explain(page, language);
    await screenshot(page, `board-explanation-${language}`);
    if (language === 'zh') await expectNoEnglishUi(page, 'explanation');
    await reopenBoard(page);

    const dragged = await dragWithPreview(page);
    await screenshot(page, `board-move-preview-${language}`);
    await expectAccessible(page, `move preview (${language})`, '.ant-modal');
    if (language === 'zh') await expectNoEnglishUi(page, 'move preview');
    // Saving the move: its answer, then the engagements read again with the new version, before
    // an engagement is opened to pin (an older version would be refused).
    const planId = planIdOf(page);
    const reloaded = page.waitForResponse(
      (response) =>
        response.request().method() === 'GET' &&
        new URL(response.url()).pathname === `/api/plans/${planId}/engagements`,
    );
    const moved = await answerTo(page, 'PATCH', /\/assignment$/, () =>
      page
        .locator('.ant-modal')
        .filter({ has: page.getByTestId('move-preview') })
        .getByRole('button', { name: s.board.save, exact: true })
        .click(),
    );
    expect(moved.status(), await moved.text()).toBe(200);
    await expect(successMessage(page, s.board.saved)).toBeVisible();
    await expect(page.getByTestId('move-preview')).toBeHidden();
    await reloaded;

    // Pin an engagement: dragging does not select one (vis-timeline drags without selecting), so open one.
    // Not the one just dragged: an hour later it may lie on a booking the venue has confirmed (the other
    // language's run), and then its venue could rightly not confirm it below.
    const details = page.getByTestId('engagement-details');
    await openByKeyboard(page, dragged);
    await expect(details).toBeVisible();
    const pinnedTitle = (await details.locator('.ant-descriptions-item-content').first().textContent())!;
    const pinned = await answerTo(page, 'PATCH', /\/assignment$/, () =>
      details.getByRole('button', { name: s.board.pin, exact: true }).click(),
    );
    expect(pinned.status(), await pinned.text()).toBe(200);
    await expect(details.locator('.tag-pinned')).toHaveText(s.board.pinned);
    await screenshot(page, `board-pinned-${language}`);
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    // This engagement's item, not one an earlier run pinned.
    const item = page.locator('.vis-item.engagement-pinned').filter({ hasText: exactly(pinnedTitle) });
    await expect(item).toBeVisible();

    // Publish: its own message, with the counts of its answer; the pinned engagement awaits its venue.
    await page.locator('.board-solve').getByRole('button', { name: s.board.publish, exact: true }).click();
    await expect(page.locator('.ant-popconfirm').filter({ hasText: s.board.publishConfirm })).toBeVisible();
    const published = await answerTo(page, 'POST', /\/publish$/, () => confirmPopup(page));
    expect(published.status(), await published.text()).toBe(200);
    const counts = (await published.json()) as { created: number; withdrawn: number; unchanged: number };
    // The moved and the pinned engagements are asked for: anew, or unchanged when an earlier publish
    // asked for the same place (the other language's run may have dragged the same engagement there).
    expect(counts.created + counts.unchanged, 'requests created or kept').toBeGreaterThan(0);
    const told = s.board.published
      .replace('{{created}}', String(counts.created))
      .replace('{{withdrawn}}', String(counts.withdrawn))
      .replace('{{unchanged}}', String(counts.unchanged));
    await expect(page.getByTestId('publish-result')).toHaveText(told);
    await expect(item).toHaveClass(/\bengagement-requested\b/);

    // The venue confirms the pinned engagement: the board marks it within its half-minute refresh.
    await confirmRequestFor(playwright, planId, pinnedTitle);
    await expect(item).toHaveClass(/\bengagement-confirmed\b/, { timeout: 60_000 });
    await screenshot(page, `board-confirmed-${language}`);
  });
}
