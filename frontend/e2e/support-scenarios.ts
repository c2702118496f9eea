import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { chooseLanguage, expectNoEnglishUi, type Language } from './support';

/** Helpers of the scenario and administration flows: API clients and set-up through the API. */

export type Playwright = { request: { newContext: (options: object) => Promise<APIRequestContext> } };

/** An API client signed in with HTTP Basic (the demo accounts' password is "demo"). */
export async function apiAs(playwright: Playwright, username: string, password = 'demo'): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` },
  });
}

/** A suffix that keeps names apart between runs and languages. */
export function unique(language: Language): string {
  return `${language}-${Date.now().toString(36)}`;
}

interface PlanSummary {
  id: number;
  name: string;
  kind: 'LIVE' | 'SCENARIO';
}

const ENGAGEMENTS = 30;

/**
 * A live plan of its own: the demo summit's export imported under a new name, so that the flow
 * neither depends on nor disturbs what the other specs do with the demo summit.
 */
export async function copyDemoSummit(officer: APIRequestContext, name: string): Promise<number> {
  const plans = (await (await officer.get('/api/plans?size=100')).json()) as { content: PlanSummary[] };
  const summits = plans.content.filter((plan) => plan.kind === 'LIVE').sort((a, b) => a.id - b.id);
  expect(summits.length, 'a live demo plan').toBeGreaterThan(0);
  const exported = (await (await officer.get(`/api/plans/${summits[0].id}/export`)).json()) as {
    events: Array<{ id: string; after?: string[]; pinned?: unknown }>;
  };
  // Its first engagements only: a solve of a few seconds schedules them all on a shared build
  // machine, so that closing a venue moves engagements rather than leaving most unscheduled.
  const events = exported.events.slice(0, ENGAGEMENTS);
  const kept = new Set(events.map((event) => event.id));
  // Unpinned: the flows before this one pin and confirm demo engagements, and a pinned engagement in
  // the closed venue would stay there, so that the scenario moves nothing.
  for (const event of events) {
    if (event.after) event.after = event.after.filter((id) => kept.has(id));
    delete event.pinned;
  }
  const imported = await officer.post('/api/plans/import', { data: { ...exported, events, name } });
  expect(imported.status(), await imported.text()).toBe(201);
  return ((await imported.json()) as { planId: number }).planId;
}

/** Solves a plan through the API for a few seconds and waits until the solution is saved. */
export async function solveBriefly(client: APIRequestContext, planId: number, seconds: number): Promise<void> {
  const started = await client.post(`/api/plans/${planId}/solve`, { data: { timeLimitSeconds: seconds } });
  expect(started.ok(), await started.text()).toBe(true);
  await expect
    .poll(async () => ((await (await client.get(`/api/plans/${planId}/solve`)).json()) as { state: string }).state, {
      timeout: 120_000,
      intervals: [1000],
    })
    .toBe('FINISHED');
}

/** The venue that holds the most of the plan's engagements, with its name as the plan's document gives it. */
export async function busiestVenue(
  client: APIRequestContext,
  planId: number,
): Promise<{ id: string; name: string; count: number }> {
  const document = (await (await client.get(`/api/plans/${planId}/export`)).json()) as {
    venues: Array<{ id: string; name: string; spaces: Array<{ id: string }> }>;
  };
  const venueOfSpace = new Map(
    document.venues.flatMap((venue) => venue.spaces.map((space) => [space.id, venue.id] as const)),
  );
  const engagements = (await (await client.get(`/api/plans/${planId}/engagements?size=2000`)).json()) as {
    content: Array<{ assignment?: { spaceId?: string } | null }>;
  };
  const counts = new Map<string, number>();
  for (const engagement of engagements.content) {
    const venue = engagement.assignment?.spaceId && venueOfSpace.get(engagement.assignment.spaceId);
    if (venue) counts.set(venue, (counts.get(venue) ?? 0) + 1);
  }
  const [id, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return { id, name: document.venues.find((venue) => venue.id === id)!.name, count };
}

/** Signs in on the sign-in page with any password, in a context of its own. */
export async function signInFresh(
  browser: Browser,
  username: string,
  password: string,
  language: Language,
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
  await chooseLanguage(page, language);
  return page;
}

/**
 * Picks an option of an Ant Design select by typing into its search and choosing the match, until
 * the select shows it: on a busy machine a click can reach the list while it is still opening or
 * filtering and choose nothing, and the form then refuses the empty field. An attempt starts only
 * while nothing is chosen, so a multiple select is never unticked by a second click.
 */
export async function chooseOption(page: Page, select: string, text: string): Promise<void> {
  const box = page.locator(select);
  // A single select shows its label in its content (marked "has value"), a multiple one as tags.
  const chosen = box.locator('.ant-select-content-has-value, .ant-select-selection-item').filter({ hasText: text });
  await expect(async () => {
    if ((await chosen.count()) === 0) {
      await box.click();
      await box.locator('input').fill(text);
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .filter({ hasText: text })
        .first()
        .click({ timeout: 15_000 });
    }
    await expect(chosen).not.toHaveCount(0, { timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
}

/**
 * expectNoEnglishUi, with people's names set aside: the demo accounts "Planner" and
 * "Administrator" are named like their roles' English names, but a name is data, not UI.
 */
export async function expectNoEnglishUiBesideNames(page: Page, screen: string): Promise<void> {
  const names = page.locator('[data-testid="current-user"] strong, .account-display-name');
  await names.evaluateAll((elements) => elements.forEach((element) => element.setAttribute('hidden', '')));
  try {
    await expectNoEnglishUi(page, screen);
  } finally {
    await names.evaluateAll((elements) => elements.forEach((element) => element.removeAttribute('hidden')));
  }
}
