import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh as chinese } from '../src/lib/i18n/zh';
import { apiAs, copyDemoSummit, solveBriefly, unique } from './support-scenarios';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, successMessage, type Language } from './support';

/**
 * Asking first and taking back, as an officer on a live plan of its own: importing a solution shows what it would
 * change and asks; the import is undone from its toast; a pin on the board is undone with Ctrl+Z; the plans list
 * deletes a scenario after asking, and refuses to delete the live plan once venues hold its bookings.
 */
const STRINGS = { en, zh: chinese };

interface Solution {
  assignments: Array<{ eventId: string; spaceId: string }>;
  unassigned: string[];
}

async function answerTo(page: Page, method: string, path: RegExp, action: () => Promise<void>) {
  const [answer] = await Promise.all([
    page.waitForResponse(
      (response) => response.request().method() === method && path.test(new URL(response.url()).pathname),
    ),
    action(),
  ]);
  return answer;
}

for (const language of ['en', 'zh'] as Language[]) {
  test(`an officer previews an import, undoes it and a pin, and deletes plans (${language})`, async ({
    page,
    playwright,
  }) => {
    test.setTimeout(240_000);
    const s = STRINGS[language];
    const zh = language === 'zh';
    const officer = await apiAs(playwright, 'officer');
    const planId = await copyDemoSummit(officer, `E2E undo ${unique(language)}`);
    await solveBriefly(officer, planId, 3);
    const solution = (await (await officer.get(`/api/plans/${planId}/solution`)).json()) as Solution;
    const engagements = (await (await officer.get(`/api/plans/${planId}/engagements?size=100`)).json()) as {
      content: Array<{ id: string; pinned: unknown }>;
    };
    const pinned = new Set(engagements.content.filter((e) => e.pinned).map((e) => e.id));
    const removed = solution.assignments.find((a) => !pinned.has(a.eventId))!.eventId;
    // The document to import leaves a scheduled engagement out (not a pinned one: that may not be unassigned).
    const document = {
      ...solution,
      assignments: solution.assignments.filter((a) => a.eventId !== removed),
      unassigned: [...solution.unassigned, removed],
    };
    const scheduled = async () =>
      ((await (await officer.get(`/api/plans/${planId}/solution`)).json()) as Solution).assignments.map(
        (a) => a.eventId,
      );

    await signIn(page, 'officer', language);
    await page.goto(`/plans/${planId}`);
    const board = page.getByTestId('plan-board');
    await expect(board).toHaveAttribute('data-board-ready', 'true', { timeout: 60_000 });

    // The import asks first, with what it would change; nothing is saved before.
    await page.getByTestId('import-solution-file').setInputFiles({
      name: 'solution.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(document)),
    });
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('import-preview-body') });
    await expect(dialog).toContainText(s.undo.preview.unscheduled.replace('{{count}}', '1'));
    await expect(dialog).toContainText(s.undo.preview.live);
    // Its place named as the board names it, venue and space, not by the space's id.
    const was = solution.assignments.find((a) => a.eventId === removed)!;
    await expect(dialog).toContainText(' · ');
    await expect(dialog).not.toContainText(was.spaceId);
    expect(await scheduled()).toContain(removed);
    await screenshot(page, `undo-import-preview-${language}`);
    await expectAccessible(page, `import preview (${language})`, '.ant-modal');
    if (zh) await expectNoEnglishUi(page, 'import preview');
    const imported = await answerTo(page, 'PUT', /\/solution$/, () =>
      dialog.getByTestId('import-preview-apply').click(),
    );
    expect(imported.status(), await imported.text()).toBe(200);
    expect(await scheduled()).not.toContain(removed);

    // Its toast takes it back.
    const offer = page.locator('.ant-notification-notice').filter({ hasText: s.undo.done.IMPORT });
    await expect(offer).toBeVisible();
    await screenshot(page, `undo-offer-${language}`);
    await expectAccessible(page, `undo offer (${language})`, '.ant-notification');
    if (zh) await expectNoEnglishUi(page, 'undo offer');
    const undone = await answerTo(page, 'POST', /\/undo$/, () => offer.getByTestId('undo-offer').click());
    expect(undone.status(), await undone.text()).toBe(200);
    await expect(successMessage(page, s.undo.undone)).toBeVisible();
    expect(await scheduled()).toContain(removed);

    // A pin on the board, taken back with Ctrl+Z.
    await page.reload();
    await expect(board).toHaveAttribute('data-board-ready', 'true', { timeout: 60_000 });
    // The timeline draws only what is in view: scroll down its rows until an unpinned engagement is.
    const items = page.locator('.vis-item.engagement:not(.engagement-pinned) .board-item-label');
    for (let scrolls = 0; (await items.count()) === 0 && scrolls < 30; scrolls++) {
      const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
      await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
      await page.mouse.wheel(0, 250);
    }
    await items.first().focus();
    await page.keyboard.press('Enter');
    const details = page.getByTestId('engagement-details');
    await expect(details).toBeVisible();
    const pin = await answerTo(page, 'PATCH', /\/assignment$/, () =>
      details.getByRole('button', { name: s.board.pin, exact: true }).click(),
    );
    expect(pin.status(), await pin.text()).toBe(200);
    const eventId = ((await pin.json()) as { engagement: { id: string } }).engagement.id;
    await expect(page.locator('.ant-notification-notice').filter({ hasText: s.undo.done.PIN })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await page.locator('body').focus();
    const shortcut = await answerTo(page, 'POST', /\/undo$/, () => page.keyboard.press('Control+z'));
    expect(shortcut.status(), await shortcut.text()).toBe(200);
    await expect(successMessage(page, s.undo.undone)).toBeVisible();
    const engagement = (await (await officer.get(`/api/plans/${planId}/engagements/${eventId}`)).json()) as {
      pinned: unknown;
    };
    expect(engagement.pinned).toBeNull();

    // The plans list deletes a scenario after asking, naming it.
    const copy = await officer.post(`/api/plans/${planId}/scenarios`, { data: { name: `Doomed ${unique(language)}` } });
    expect(copy.status(), await copy.text()).toBe(201);
    const scenario = (await copy.json()) as { id: number; name: string };
    await page.goto('/plans');
    await page.getByTestId(`delete-plan-${scenario.id}`).click();
    const confirm = page.locator('.ant-modal-confirm');
    await expect(confirm).toContainText(scenario.name);
    await screenshot(page, `undo-delete-scenario-${language}`);
    await expectAccessible(page, `delete dialog (${language})`, '.ant-modal');
    if (zh) await expectNoEnglishUi(page, 'delete dialog');
    const deleted = await answerTo(page, 'DELETE', /\/api\/plans\/\d+$/, () =>
      confirm.getByTestId('delete-plan-confirm').click(),
    );
    expect(deleted.status()).toBe(204);
    await expect(page.getByTestId(`delete-plan-${scenario.id}`)).toHaveCount(0);

    // A live plan whose bookings venues hold is not deleted, and the list says why.
    expect((await officer.post(`/api/plans/${planId}/publish`)).status()).toBe(200);
    await page.getByTestId(`delete-plan-${planId}`).click();
    const refused = await answerTo(page, 'DELETE', /\/api\/plans\/\d+$/, () =>
      page.locator('.ant-modal-confirm').getByTestId('delete-plan-confirm').click(),
    );
    expect(refused.status()).toBe(409);
    const reason = page.locator('.ant-modal-confirm-error');
    await expect(reason).toBeVisible();
    await expect(reason).toContainText(zh ? '撤回或取消' : 'Withdraw or cancel them first');
    await screenshot(page, `undo-delete-refused-${language}`);
    await expectAccessible(page, `delete refused (${language})`, '.ant-modal-confirm-error');
    // The notice of the scenario just deleted may still show, naming it as its planner did.
    if (zh) await expectNoEnglishUi(page, 'delete refused', [scenario.name]);
  });
}
