import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export type Language = 'en' | 'zh';

const SCREENSHOTS = 'target/playwright/screenshots';

/** Signs in on the sign-in page and switches the UI to the given language. */
export async function signIn(page: Page, username: string, language: Language): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[type="password"]').fill('demo');
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await chooseLanguage(page, language);
}

/**
 * Chooses the UI language, and waits until the account has it: the choice is saved to the account
 * in the background, and a step that ends the page (a navigation, closing the context) or reads
 * the account (its version, the audit log) must not race that save. The UI marks a choice unsaved
 * on this device until the account's answer arrives.
 */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  await page
    .locator(`label:has(span[lang="${language === 'zh' ? 'zh-CN' : 'en'}"])`)
    .first()
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-CN' : 'en');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('protocol-planner.language-unsaved')), {
      message: 'the language saved to the account',
    })
    .toBeNull();
}

/**
 * Solves the plan on its board for a few seconds and waits for this solve's end: the answer to
 * its start, then the board reading the plan's engagements again once the solver has saved, and
 * the solve button back. The stop button shows only while the solver runs, which a busy machine
 * may draw too late to be seen (or not at all), so it is not waited for; the solve button alone
 * is no sign either, as it was there before the click.
 */
export async function solveOnBoard(
  page: Page,
  planId: number | string,
  seconds: number,
  solveLabel: string,
): Promise<void> {
  await page
    .locator('input[data-testid="solve-seconds"], [data-testid="solve-seconds"] input')
    .first()
    .fill(String(seconds));
  const solveButton = page.locator('.board-solve').getByRole('button', { name: solveLabel, exact: true });
  const [started] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && new URL(response.url()).pathname === `/api/plans/${planId}/solve`,
    ),
    solveButton.click(),
  ]);
  expect(started.ok(), await started.text()).toBe(true);
  await page.waitForResponse(
    (response) =>
      response.request().method() === 'GET' && new URL(response.url()).pathname === `/api/plans/${planId}/engagements`,
    { timeout: 180_000 },
  );
  // The solve button back and no longer loading. Not by its accessible name: antd removes the
  // loading icon (img "loading") only when its fade-out transition ends, which on a starved
  // machine can be long after, or never, so the name may keep "loading" on a button that is not.
  const back = page.locator('.board-solve button.ant-btn-primary');
  await expect(back).toHaveText(solveLabel, { timeout: 60_000 });
  await expect(back).not.toHaveClass(/\bant-btn-loading\b/);
  await expect(back).toBeEnabled();
}

/** Opens the demo summit's board from the menu and waits until the board is drawn. */
export async function openDemoBoard(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link').nth(1).click(); // Plans, after the overview
  // By its name: the other specs import renamed copies of it, which the list may show first.
  await page
    .getByRole('link', { name: /^Summit week/ })
    .first()
    .click();
  await expect(page.getByTestId('plan-board')).toHaveAttribute('data-board-ready', 'true', { timeout: 60_000 });
}

/** Matches a whole text exactly, not as part of a longer one. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * The success message that says exactly this: a message of an earlier step may still be on screen
 * (they fade out after a few seconds, later on a busy machine), so never just `.ant-message-success`.
 */
export function successMessage(page: Page, text: string): Locator {
  return page.locator('.ant-message-success').filter({ hasText: exactly(text) });
}

/**
 * Answers the open confirmation popup with its button (`button`, the primary one unless told), again
 * until the popup closes: on a loaded machine a click during the popup's opening motion is lost, and
 * the popup then stays open with nothing done.
 */
export async function confirmPopup(page: Page, button = '.ant-btn-primary'): Promise<void> {
  const popup = page.locator('.ant-popconfirm:visible');
  await expect(async () => {
    await popup.locator(button).click({ timeout: 10_000 });
    await expect(popup).toBeHidden({ timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
}

/** Keeps a screenshot of the screen as test output, named by flow and language. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/**
 * axe-core with every rule on: no serious or critical violation on this screen. A modal dialog
 * is checked by itself (`scope`): behind its mask the page is dimmed on purpose, and inert.
 */
export async function expectAccessible(page: Page, screen: string, scope?: string): Promise<void> {
  // Colours are judged at rest: a message still fading in (or a dialog still opening) has the contrast
  // of half its opacity, which a fast machine catches and a slow one does not. Endless animations
  // (spinners) never come to rest and are left out.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const builder = new AxeBuilder({ page });
  const results = await (scope ? builder.include(scope) : builder).analyze();
  const grave = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  console.log(`axe on ${screen}: ${results.violations.length} violations, ${grave.length} serious or critical`);
  expect(grave, `axe on ${screen}`).toEqual([]);
}

/**
 * Names with no Chinese form that a Chinese screen may show as they are. Places: those of the
 * catalogue without a Chinese name (its reference data gives none), and one whose Chinese name has a
 * Latin word in it. Delegations: the international
 * organisations the demo summit invites, which have no country code, under the names the plan gives
 * them. People: the demo accounts' usernames and names, which are theirs.
 */
export const NAMES_WITHOUT_CHINESE_FORM: readonly string[] = [
  "Journalists' Home Hotel",
  '郎园Station',
  'United Nations',
  'African Union Commission',
  'ASEAN Secretariat',
  'World Health Organization',
  'World Trade Organization',
  'International Monetary Fund',
  'World Bank Group',
  'UNESCO',
  'Food and Agriculture Organization',
  'UN Industrial Development Organization',
  'International Telecommunication Union',
  'Shanghai Cooperation Organisation Secretariat',
  'New Development Bank',
  'Asian Infrastructure Investment Bank',
  'League of Arab States',
  'UN Development Programme',
  'International Labour Organization',
  'World Meteorological Organization',
  'International Civil Aviation Organization',
  'UN Environment Programme',
  'Administrator',
  'Protocol Officer',
  'Planner',
  'Venue Manager',
  'admin',
  'officer',
  'planner',
  'manager',
];

/**
 * The English words of a text: runs of Latin letters with a small letter in them ("Nepal",
 * "iCal"), read with the names allowed set aside. Capitals alone are codes (a country's "KE", a
 * security grade "A", "PDF"), and a token joined by digits, dots, underscores, brackets or @ is an id,
 * a file, a JSON path or an address ("del-007", "plan-12.json", "events[0].headcount"), as is a lower-case
 * token joined by hyphens
 * ("cncc-phase-i-plenary-hall"): none of these is a word a person reads as English.
 */
export function englishWords(text: string, allowed: readonly string[] = NAMES_WITHOUT_CHINESE_FORM): string[] {
  let rest = text;
  for (const name of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest
    .split(/[^A-Za-z0-9._@'’[\]-]+/)
    .map((token) => token.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((token) => !/[0-9._@[\]]/.test(token) && !/^[a-z]+(-[a-z]+)+$/.test(token))
    .flatMap((token) => token.split('-'))
    .filter((word) => /^[A-Za-z'’]{2,}$/.test(word) && /[a-z]/.test(word));
}

/**
 * What users named or wrote themselves that a screen may show in their words, as the API lists it to
 * the signed-in user: the plans' names (the flows make plans of their own, named in English), the
 * titles of the engagements of the plan on screen and of those in bookings, and the reasons given
 * with bookings' answers. A role that may not list plans or bookings has none of them.
 */
async function namesGiven(page: Page): Promise<string[]> {
  const listed = async <T>(path: string): Promise<T[]> => {
    const response = await page.request.get(path);
    return response.ok() ? ((await response.json()) as { content: T[] }).content : [];
  };
  const planOnScreen = /^\/plans\/(\d+)/.exec(new URL(page.url()).pathname)?.[1];
  const plans = await listed<{ name: string }>('/api/plans?size=200');
  const engagements = planOnScreen
    ? await listed<{ title: string }>(`/api/plans/${planOnScreen}/engagements?size=2000`)
    : [];
  const bookings = await listed<{ planName: string; reason?: string | null; engagement?: { title?: string } | null }>(
    '/api/bookings?size=200',
  );
  return [
    ...plans.map((plan) => plan.name),
    ...engagements.map((engagement) => engagement.title),
    ...bookings.flatMap((booking) => [booking.planName, booking.reason ?? '', booking.engagement?.title ?? '']),
  ].filter((name) => name.length > 0);
}

/**
 * On a Chinese screen, no text a person reads or a screen reader reads out (text nodes, among them the titles of
 * drawings, and aria-labels, titles, placeholders) holds an English word, except in the names of NAMES_WITHOUT_CHINESE_FORM, those users gave (namesGiven) and
 * `allowed` (what a flow typed itself), and none is an i18n key left untranslated ("board.solve"). What
 * a user typed into the plan is the plan's: an engagement's title on a timeline or in an element marked
 * `data-plan-data`. `unchecked` is a selector of elements this screen's check passes over (text the server
 * wrote, not this UI).
 */
export async function expectNoEnglishUi(
  page: Page,
  screen: string,
  allowed: readonly string[] = [],
  unchecked?: string,
): Promise<void> {
  const texts = await page.evaluate((uncheckedHere) => {
    // Not shown: hidden text, scripts, what only shows without JavaScript. Marked as read in another language:
    // the language switch's "English". The plan's data: engagement titles on a timeline or marked as such.
    const skipped =
      '[hidden], script, style, noscript, [lang]:not([lang^="zh"]), .vis-item, [data-plan-data]' +
      (uncheckedHere ? `, ${uncheckedHere}` : '');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      // A select's options for screen readers carry their value as text and their label as aria-label, which is
      // what is read out: the label is checked below, the value is not shown to anyone.
      if (text && parent && parent.closest(`${skipped}, [role="option"][aria-label]`) === null) found.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      // antd names the icons it draws itself by their English file names ("left", "search") and offers no way to
      // translate them; those the UI draws are hidden or named by the UI (ESLint holds every icon the code writes to
      // that). A label under aria-hidden is read by no one.
      if (element.closest(`${skipped}, [aria-hidden="true"]`) || element.matches('.anticon[role="img"]')) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  }, unchecked);
  const names = [...NAMES_WITHOUT_CHINESE_FORM, ...(await namesGiven(page)), ...allowed];
  const english = [...new Set(texts.filter((text) => englishWords(text, names).length > 0))];
  const keys = texts.filter((text) => /^[a-z]+(\.[A-Za-z_-]+)+$/.test(text));
  expect({ screen, english, keys }).toEqual({ screen, english: [], keys: [] });
}
