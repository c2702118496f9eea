import { expect, test, type APIRequestContext } from '@playwright/test';

type Playwright = { request: { newContext: (options: object) => Promise<APIRequestContext> } };

/** An API client signed in with HTTP Basic as a demo account. */
export async function apiAs(playwright: Playwright, username: string): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { Authorization: `Basic ${Buffer.from(`${username}:demo`).toString('base64')}` },
  });
}

export interface InboxBooking {
  id: number;
  planId: number;
  planName: string;
  venueId: string;
  venueManaged: boolean;
  spaceId: string;
  startsAt: string;
  answerBy: string;
}

/** The demo summit: the first live plan the demo imported. */
export async function demoSummitId(officer: APIRequestContext): Promise<number> {
  const answer = await officer.get('/api/plans?size=200');
  expect(answer.status()).toBe(200);
  const plans = ((await answer.json()) as { content: Array<{ id: number; kind: string }> }).content;
  return Math.min(...plans.filter((plan) => plan.kind === 'LIVE').map((plan) => plan.id));
}

/** Imports a plan document under a name of its own; answers the new plan's id. */
export async function importAs(
  officer: APIRequestContext,
  document: Record<string, unknown>,
  name: string,
): Promise<number> {
  const imported = await officer.post('/api/plans/import', { data: { ...document, name } });
  expect(imported.status(), await imported.text()).toBe(201);
  return (
    ((await imported.json()) as { planId?: number; id?: number; plan?: { id: number } }).planId ??
    Number(imported.headers().location?.split('/').pop())
  );
}

export async function publish(officer: APIRequestContext, planId: number, answerWithinHours: number): Promise<void> {
  const published = await officer.post(`/api/plans/${planId}/publish`, { data: { answerWithinHours } });
  expect(published.status(), await published.text()).toBe(200);
}

export interface Engagement {
  id: string;
  layout: string;
  type: string;
  version: number;
}

/** Places an engagement by hand, at its current version (publishing changes it). */
export async function place(
  officer: APIRequestContext,
  planId: number,
  engagement: Engagement,
  spaceId: string,
  start: string,
) {
  const path = `/api/plans/${planId}/engagements/${engagement.id}`;
  const { version } = (await (await officer.get(path)).json()) as Engagement;
  const placed = await officer.patch(`${path}/assignment`, { data: { spaceId, start, version } });
  expect(placed.status(), await placed.text()).toBe(200);
}

export const PLENARY_HALL = 'cncc-phase-i-plenary-hall';
export const BALLROOM = 'cncc-phase-i-grand-ballroom';

/**
 * A start in the summit week when none of these spaces has a confirmed booking near it (earlier
 * runs confirm some). Read by the officer, who reads every venue's bookings.
 */
export async function freeStart(officer: APIRequestContext, spaceIds: readonly string[]): Promise<string> {
  const answer = await officer.get('/api/bookings?status=CONFIRMED&size=2000');
  const confirmed = (
    (await answer.json()) as { content: Array<{ spaceId: string; localStart: string; localEnd: string }> }
  ).content.filter((booking) => spaceIds.includes(booking.spaceId));
  for (let day = 12; day <= 18; day++) {
    for (const hour of ['09', '13', '17']) {
      const start = `2027-04-${day}T${hour}:00:00`;
      const from = Date.parse(`${start}Z`) - 2 * 3600_000;
      const to = Date.parse(`${start}Z`) + 5 * 3600_000;
      if (!confirmed.some((b) => Date.parse(`${b.localStart}Z`) < to && Date.parse(`${b.localEnd}Z`) > from))
        return start;
    }
  }
  throw new Error(`no free start in ${spaceIds.join(' and ')}`);
}

interface DocumentVenue {
  id: string;
  spaces: Array<{ id: string; capacity?: Record<string, number> }>;
}

/**
 * A hall of the plan's that seats a theatre, in a venue no account manages (the demo manager has
 * the China National Convention Center and Yanqi Lake venues only): its requests go to the
 * officers. A reference venue (the Great Hall of the People) rather than a synthetic site.
 */
async function unmanagedHall(
  admin: APIRequestContext,
  document: Record<string, unknown>,
): Promise<{ venueId: string; spaceId: string }> {
  const accounts = (
    (await (await admin.get('/api/accounts?size=500')).json()) as { content: Array<{ managedVenueIds?: string[] }> }
  ).content;
  const managed = new Set(accounts.flatMap((account) => account.managedVenueIds ?? []));
  const halls = (document.venues as DocumentVenue[])
    .filter((venue) => !managed.has(venue.id))
    .sort((a, b) => Number(a.id.startsWith('syn-')) - Number(b.id.startsWith('syn-')))
    .flatMap((venue) =>
      venue.spaces
        .filter((space) => (space.capacity?.THEATRE ?? 0) >= 500)
        .map((space) => ({ venueId: venue.id, spaceId: space.id })),
    );
  expect(halls.length, 'a theatre hall without managers in the demo summit').toBeGreaterThan(0);
  return halls[0]!;
}

/**
 * A copy of the demo summit under its own name, published twice: first one engagement in the
 * China National Convention Center's plenary hall (answer within 72 hours), then another at the
 * same time in the same hall, a banquet in the ballroom and a third theatre engagement in a hall
 * without managers (answer within 24 hours). The manager's inbox must put the later-published pair first,
 * and confirming the second hall request makes the first one clash (409); the third one's
 * request is the officers' to answer. Placed by hand, as a solve of a few seconds places little on
 * this machine.
 */
export async function publishForTheManager(playwright: Playwright, suffix: string) {
  const officer = await apiAs(playwright, 'officer');
  const manager = await apiAs(playwright, 'manager');
  const admin = await apiAs(playwright, 'admin');
  const demo = await demoSummitId(officer);
  const exported = (await (await officer.get(`/api/plans/${demo}/export`)).json()) as Record<string, unknown>;
  const name = `Inbox E2E ${suffix}`;
  const planId = await importAs(officer, exported, name);
  const engagements = (
    (await (await officer.get(`/api/plans/${planId}/engagements?size=500`)).json()) as { content: Engagement[] }
  ).content;
  const theatre = engagements.filter((e) => e.layout === 'THEATRE');
  // Not the state banquet: its title, "State banquet", is also an English UI string, which a Chinese screen must not show.
  const banquet = engagements.find((e) => e.layout === 'BANQUET' && e.type !== 'STATE_BANQUET')!;
  const elsewhere = await unmanagedHall(admin, exported);
  const start = await freeStart(officer, [PLENARY_HALL, elsewhere.spaceId]);
  const day = start.slice(0, 10);

  await place(officer, planId, theatre[0]!, PLENARY_HALL, start);
  await publish(officer, planId, 72);
  await place(officer, planId, theatre[1]!, PLENARY_HALL, start);
  await place(officer, planId, banquet, BALLROOM, `${day}T19:00:00`);
  await place(officer, planId, theatre[2]!, elsewhere.spaceId, start);
  await publish(officer, planId, 24);

  const answer = await manager.get(`/api/bookings?status=REQUESTED&plan=${planId}&size=500`);
  expect(answer.status()).toBe(200);
  const requests = ((await answer.json()) as { content: Array<InboxBooking & { engagement: { id: string } }> }).content;
  const of = (engagement: Engagement) => requests.find((b) => b.engagement.id === engagement.id)!;
  // The officers' inbox: the requests of venues without managers.
  const unmanagedAnswer = await officer.get(`/api/bookings?status=REQUESTED&managed=false&plan=${planId}&size=500`);
  expect(unmanagedAnswer.status()).toBe(200);
  const unmanaged = (
    (await unmanagedAnswer.json()) as { content: Array<InboxBooking & { engagement: { id: string } }> }
  ).content;
  const forOfficers = unmanaged.find((b) => b.engagement.id === theatre[2]!.id)!;
  await admin.dispose();
  return {
    officer,
    manager,
    planId,
    name,
    first: of(theatre[0]!),
    clashing: of(theatre[1]!),
    banquet: of(banquet),
    forOfficers,
  };
}
