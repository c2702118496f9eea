import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, type Language } from './support';

/**
 * The officer's day on the demo summit: open the live plan's board, solve it for a few seconds
 * and watch the score arrive, read the explanation and highlight what a rule is about, drag an
 * engagement and see the score preview before saving, pin it, publish. Once in English and once
 * in Chinese (with no English UI string and no untranslated key left on the screens).
 */
const SOLVE_SECONDS = 6;

async function openDemoBoard(page: Page) {
  await page.getByRole('navigation').getByRole('link').nth(1).click(); // Plans, after the overview
  // By its name: the other specs import renamed copies of it, which the list may show first.
  await page.getByRole('link', { name: /^Summit week/ }).first().click();
  await expect(page.getByTestId('plan-board')).toHaveAttribute('data-board-ready', 'true', { timeout: 60_000 });
}

async function solve(page: Page) {
  const hardBefore = await page.getByTestId('board-score').textContent().catch(() => null);
  await page.locator('input[data-testid="solve-seconds"], [data-testid="solve-seconds"] input').first().fill(String(SOLVE_SECONDS));
  await page.locator('.board-solve button.ant-btn-primary').click();
  // Live progress: the solver's state shows while it runs, then the saved solution's score.
  await expect(page.getByTestId('solve-state')).toBeVisible();
  await expect(page.locator('.board-solve button.ant-btn-dangerous')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.board-solve button.ant-btn-primary')).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('.vis-item.engagement').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('board-score')).not.toHaveText(hardBefore ?? '');
}

async function explain(page: Page) {
  const rule = page.getByTestId('explanation').locator('.ant-collapse-header').first();
  await rule.click();
  await page.locator('.board-match').first().click();
  await expect(page.locator('.board-clear-highlight')).toBeVisible();
}

/**
 * The first movable engagement drawn whole inside the timeline's visible part: one that starts
 * before the window is drawn under the rows' labels, where a drag cannot pick it up.
 */
async function movableEngagement(page: Page) {
  const timeline = page.locator('.plan-timeline');
  await timeline.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const items = page.locator('.vis-item.engagement:not(.engagement-pinned)');
  const inView = () =>
    items.evaluateAll((elements) => {
      const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      return elements.findIndex((element) => {
        const box = element.getBoundingClientRect();
        return box.width >= 12 && box.left >= panel.left && box.right <= panel.right - 80
          && box.top >= panel.top && box.bottom <= Math.min(panel.bottom, window.innerHeight);
      });
    });
  // The rows in view may hold none (a quiet day at the venues on top): scroll down the rows.
  let index = await inView();
  for (let scrolls = 0; index < 0 && scrolls < 30; scrolls++) {
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
    await page.mouse.wheel(0, 250);
    index = await inView();
  }
  expect(index, 'an engagement to drag in view').toBeGreaterThanOrEqual(0);
  return items.nth(index);
}

/** Drags a movable engagement one hour later on its row, and waits for the preview. */
async function dragWithPreview(page: Page) {
  const item = await movableEngagement(page);
  const box = (await item.boundingBox())!;
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
}

/** An API client signed in with HTTP Basic, as the venue's answer would come from another desk. */
async function apiAs(playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } }, username: string) {
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
  const booking = ((await listed.json()) as { content: Array<{ id: number; engagement: { title: string } }> }).content
    .find((candidate) => candidate.engagement.title === title);
  expect(booking, `a request for ${title}`).toBeDefined();
  let answer = await officer.post(`/api/bookings/${booking!.id}/confirm`);
  if (answer.status() === 403) {
    answer = await (await apiAs(playwright, 'manager')).post(`/api/bookings/${booking!.id}/confirm`);
  }
  expect(answer.status(), await answer.text()).toBe(200);
}

for (const language of ['en', 'zh'] as Language[]) {
  test(`an officer solves, explains, moves, pins and publishes the demo summit (${language})`, async ({ page, playwright }) => {
    await signIn(page, 'officer', language);
    await openDemoBoard(page);
    await screenshot(page, `board-${language}`);
    await expectAccessible(page, `board (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'board');

    await solve(page);
    await screenshot(page, `board-solved-${language}`);

    await explain(page);
    await screenshot(page, `board-explanation-${language}`);
    if (language === 'zh') await expectNoEnglishUi(page, 'explanation');

    await dragWithPreview(page);
    await screenshot(page, `board-move-preview-${language}`);
    await expectAccessible(page, `move preview (${language})`, '.ant-modal');
    if (language === 'zh') await expectNoEnglishUi(page, 'move preview');
    await page.locator('.ant-modal-footer button.ant-btn-primary').click();
    await expect(page.getByTestId('move-preview')).toBeHidden();

    // Pin the engagement that was moved: picking it up selected it and opened its details.
    const details = page.getByTestId('engagement-details');
    if (!(await details.isVisible())) {
      await (await movableEngagement(page)).click();
    }
    await expect(details).toBeVisible();
    await details.locator('button.ant-btn-primary').click();
    await expect(details.locator('.tag-pinned')).toBeVisible();
    const pinnedTitle = (await details.locator('.ant-descriptions-item-content').first().textContent())!;
    await screenshot(page, `board-pinned-${language}`);
    await page.keyboard.press('Escape');
    await expect(page.locator('.vis-item.engagement-pinned').first()).toBeVisible();

    await page.locator('.board-solve button').filter({ hasNotText: /^\d/ }).last().click();
    await page.locator('.ant-popconfirm button.ant-btn-primary').click();
    await expect(page.locator('.ant-message-success')).toBeVisible();
    await expect(page.locator('.vis-item.engagement-requested').first()).toBeVisible();

    // The venue confirms the pinned engagement: the board marks it within its half-minute refresh.
    await confirmRequestFor(playwright, page.url().split('/plans/')[1]!.split(/[/?#]/)[0]!, pinnedTitle);
    await expect(page.locator('.vis-item.engagement-confirmed').first()).toBeVisible({ timeout: 60_000 });
    await screenshot(page, `board-confirmed-${language}`);
  });
}
