import { expect, test, type Locator, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh as chinese } from '../src/lib/i18n/zh';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, successMessage, type Language } from './support';
import {
  apiAs,
  BALLROOM,
  demoSummitId,
  freeStart,
  importAs,
  PLENARY_HALL,
  place,
  publish,
  type Engagement,
  type InboxBooking,
} from './support-inbox';

/**
 * Taking back a booking answer in the venue manager's inbox: on a copy of the demo summit of its own (so that the
 * requests of other flows, answered or not, do not matter), a request is confirmed and another declined; each
 * answer's toast offers Undo, and after Undo the request is back in the inbox, awaiting an answer.
 */
const STRINGS = { en, zh: chinese };

for (const language of ['en', 'zh'] as Language[]) {
  const zh = language === 'zh';
  const s = STRINGS[language];

  test(`a venue manager undoes a confirmation and a decline from the inbox (${language})`, async ({
    page,
    playwright,
  }) => {
    test.setTimeout(240_000);
    const officer = await apiAs(playwright, 'officer');
    const manager = await apiAs(playwright, 'manager');
    const exported = (await (await officer.get(`/api/plans/${await demoSummitId(officer)}/export`)).json()) as Record<
      string,
      unknown
    >;
    const name = `Inbox undo E2E ${language} ${Date.now()}`;
    const planId = await importAs(officer, exported, name);
    const engagements = (
      (await (await officer.get(`/api/plans/${planId}/engagements?size=500`)).json()) as { content: Engagement[] }
    ).content;
    const theatre = engagements.find((e) => e.layout === 'THEATRE')!;
    // Not the state banquet: its title is also an English UI string, which a Chinese screen must not show.
    const banquet = engagements.find((e) => e.layout === 'BANQUET' && e.type !== 'STATE_BANQUET')!;
    const start = await freeStart(officer, [PLENARY_HALL, BALLROOM]);
    await place(officer, planId, theatre, PLENARY_HALL, start);
    await place(officer, planId, banquet, BALLROOM, `${start.slice(0, 10)}T19:00:00`);
    await publish(officer, planId, 24);
    const requests = (
      (await (await manager.get(`/api/bookings?status=REQUESTED&plan=${planId}&size=50`)).json()) as {
        content: Array<InboxBooking & { engagement: { id: string } }>;
      }
    ).content;
    const toConfirm = requests.find((b) => b.engagement.id === theatre.id)!;
    const toDecline = requests.find((b) => b.engagement.id === banquet.id)!;
    expect([toConfirm, toDecline].every(Boolean), 'the two requests of the copy').toBe(true);
    const status = async (id: number) =>
      ((await (await manager.get(`/api/bookings/${id}`)).json()) as { status: string }).status;

    await signIn(page, 'manager', language);
    await page.locator('nav a[href="/inbox"]').click();
    await showPlan(page, name, zh);
    const confirmCard = page.getByTestId(`request-${toConfirm.id}`);
    await expect(confirmCard).toBeVisible();

    // Confirmed: the request leaves the inbox, and its toast offers Undo.
    await page.getByTestId(`confirm-${toConfirm.id}`).click();
    await expect(confirmCard).toHaveCount(0);
    expect(await status(toConfirm.id)).toBe('CONFIRMED');
    const confirmed = answerToast(page, s.undo.done.ANSWER);
    await expect(confirmed).toBeVisible();
    await expect(confirmed).toContainText(s.undo.withinAnswer.split('{{')[0]!);
    await screenshot(page, `inbox-undo-offer-${language}`);
    await expectAccessible(page, `inbox undo offer (${language})`, '.ant-notification');
    if (zh) await expectNoEnglishUi(page, 'inbox undo offer');

    // Undo: the request is back, awaiting an answer, with its Confirm and Decline.
    await undo(page, confirmed);
    await expect(successMessage(page, s.undo.undone)).toBeVisible();
    await expect(confirmCard).toBeVisible();
    await expect(page.getByTestId(`confirm-${toConfirm.id}`)).toBeEnabled();
    expect(await status(toConfirm.id)).toBe('REQUESTED');
    await screenshot(page, `inbox-undo-confirm-undone-${language}`);
    await expectAccessible(page, `inbox after undoing a confirmation (${language})`);
    if (zh) await expectNoEnglishUi(page, 'inbox after undoing a confirmation');

    // Declined with a reason, then undone the same way.
    const reason = `E2E ${language}: hall closed for a rehearsal`;
    await page.getByTestId(`decline-${toDecline.id}`).click();
    const dialog = page.locator('.inbox-reason-dialog .ant-modal');
    await dialog.locator('textarea').fill(reason);
    await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
    const declineCard = page.getByTestId(`request-${toDecline.id}`);
    await expect(declineCard).toHaveCount(0);
    expect(await status(toDecline.id)).toBe('DECLINED');
    const declined = answerToast(page, s.undo.done.ANSWER);
    await expect(declined).toBeVisible();
    await undo(page, declined);
    await expect(declineCard).toBeVisible();
    expect(await status(toDecline.id)).toBe('REQUESTED');
    await screenshot(page, `inbox-undo-decline-undone-${language}`);
    await expectAccessible(page, `inbox after undoing a decline (${language})`);
    if (zh) await expectNoEnglishUi(page, 'inbox after undoing a decline', [reason]);

    await officer.dispose();
    await manager.dispose();
  });
}

/** The inbox's requests narrowed to one plan's: the manager's inbox may hold those of every flow's plans. */
async function showPlan(page: Page, planName: string, zh: boolean): Promise<void> {
  await expect(page.getByTestId('request-list')).toBeVisible();
  const search = page.getByRole('searchbox', {
    name: zh ? '按活动、活动方案、场馆或场地查找请求' : 'Find a request by engagement, plan, venue or space',
  });
  // Shown once there are more requests than a page holds.
  if (await search.isVisible()) {
    await search.fill(planName);
    await search.press('Enter');
  }
}

/** The toast of the newest answer: an earlier one may still be fading out. */
function answerToast(page: Page, title: string): Locator {
  return page.locator('.ant-notification-notice').filter({ hasText: title }).last();
}

/** Takes the answer back from its toast, and waits for the server to have done it. */
async function undo(page: Page, toast: Locator): Promise<void> {
  const [answer] = await Promise.all([
    page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/bookings/answers/undo',
    ),
    toast.getByTestId('undo-offer').click(),
  ]);
  expect(answer.status(), await answer.text()).toBe(200);
}
