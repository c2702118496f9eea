import { request, type APIRequestContext, type Page } from '@playwright/test';

const BASE_URL = process.env.PLANNER_BASE_URL ?? 'http://localhost:8093';

/** An API client signed in as a demo account with HTTP Basic. */
export function apiAs(username: string): Promise<APIRequestContext> {
  return request.newContext({
    baseURL: BASE_URL,
    httpCredentials: { username, password: 'demo', send: 'always' },
  });
}

interface PlanRow {
  id: number;
  name: string;
  kind: string;
}

/** The demo summit: the first live plan of the demo data, whatever the other specs did to it since. */
export async function demoSummitId(api: APIRequestContext): Promise<number> {
  const response = await api.get('/api/plans?size=500&sort=id');
  const plans = ((await response.json()) as { content: PlanRow[] }).content;
  const summit = plans
    .filter((plan) => plan.kind === 'LIVE' && plan.name.startsWith('Summit week'))
    .sort((a, b) => a.id - b.id)[0];
  if (!summit) throw new Error('the demo summit is missing');
  return summit.id;
}

let demoExport: Record<string, unknown> | undefined;

/** The demo summit's problem document (GET …/export), read once per run. */
export async function demoSummitDocument(api: APIRequestContext): Promise<Record<string, unknown>> {
  if (!demoExport) {
    const response = await api.get(`/api/plans/${await demoSummitId(api)}/export`);
    demoExport = (await response.json()) as Record<string, unknown>;
  }
  return structuredClone(demoExport);
}

/**
 * expectNoEnglishUi, with the signed-in account's display name set aside: the demo planner is
 * called "Planner", data that happens to equal the role's English name. The check skips text
 * under [hidden], so the name is hidden for the check's length.
 */
export async function withoutDisplayName(page: Page, check: () => Promise<void>): Promise<void> {
  const name = page.getByTestId('current-user').locator('strong').first();
  await name.evaluate((element) => element.setAttribute('hidden', ''));
  try {
    await check();
  } finally {
    await name.evaluate((element) => element.removeAttribute('hidden'));
  }
}
