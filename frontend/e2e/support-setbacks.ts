import { expect } from '@playwright/test';
import { apiAs, BALLROOM, demoSummitId, freeStart, importAs, place, publish, type Engagement } from './support-inbox';

type Playwright = Parameters<typeof apiAs>[0];

/**
 * A copy of the demo summit under its own name with one banquet placed in the China National Convention
 * Center's ballroom (the demo manager's venue) and published with an hour to answer, so that it heads the
 * manager's inbox. Answers the plan, the engagement (id, title, type) and its request's id.
 */
export async function publishedBanquet(playwright: Playwright, suffix: string) {
  const officer = await apiAs(playwright, 'officer');
  const demo = await demoSummitId(officer);
  const exported = (await (await officer.get(`/api/plans/${demo}/export`)).json()) as Record<string, unknown>;
  const name = `Declines E2E ${suffix}`;
  const planId = await importAs(officer, exported, name);
  const engagements = (
    (await (await officer.get(`/api/plans/${planId}/engagements?size=500`)).json()) as {
      content: Array<Engagement & { title: string }>;
    }
  ).content;
  // Not the state banquet: its title, "State banquet", is also an English UI string.
  const banquet = engagements.find((e) => e.layout === 'BANQUET' && e.type !== 'STATE_BANQUET')!;
  const start = await freeStart(officer, [BALLROOM]);
  await place(officer, planId, banquet, BALLROOM, `${start.slice(0, 10)}T19:00:00`);
  await publish(officer, planId, 1);
  const answer = await officer.get(`/api/bookings?status=REQUESTED&plan=${planId}&size=500`);
  expect(answer.status()).toBe(200);
  const requests = ((await answer.json()) as { content: Array<{ id: number; engagement: { id: string } }> }).content;
  const request = requests.find((booking) => booking.engagement.id === banquet.id);
  expect(request, 'the banquet is requested').toBeTruthy();
  await officer.dispose();
  return { planId, name, banquet, requestId: request!.id };
}
