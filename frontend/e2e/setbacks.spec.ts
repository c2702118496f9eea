import { expect, test } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh as chinese } from '../src/lib/i18n/zh';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, type Language } from './support';
import { publishedBanquet } from './support-setbacks';

/**
 * A decline, seen where the officer works: the venue manager declines a banquet's request with a reason; the
 * officer finds the plan marked in the plan list, the board's banner saying why it needs a re-plan, the banquet
 * marked declined on the timeline, and the venue's reason in its details. English on a 1440 x 900 screen,
 * Chinese on 1366 x 768, the summit-week screens the office uses.
 */
const STRINGS = { en, zh: chinese };
const SCREENS = { en: { width: 1440, height: 900 }, zh: { width: 1366, height: 768 } };

for (const language of ['en', 'zh'] as Language[]) {
  const zh = language === 'zh';
  const s = STRINGS[language];

  test.describe(`setbacks (${language})`, () => {
    test.use({ viewport: SCREENS[language] });

    test(`a declined booking shows on the plan list, the board and the engagement (${language})`, async ({
      page,
      context,
      playwright,
    }) => {
      const setup = await publishedBanquet(playwright, `${language} ${Date.now()}`);
      const reason = `E2E ${language}: the ballroom ceiling is being repaired`;

      // The manager declines the request, with the reason the officer will read.
      await signIn(page, 'manager', language);
      await page.locator('nav a[href="/inbox"]').click();
      await page.getByTestId(`decline-${setup.requestId}`).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('textbox').fill(reason);
      await dialog.getByRole('button', { name: s.inbox.reason.submitDecline, exact: true }).click();
      await expect(page.getByTestId(`request-${setup.requestId}`)).toHaveCount(0);

      // The officer's plan list marks the plan: it needs a re-plan, one engagement declined.
      await context.clearCookies();
      await signIn(page, 'officer', language);
      await page.locator('nav a[href="/plans"]').click();
      const declined = s.setbacks.declined_one.replace('{{count}}', '1');
      const mark = page.getByTestId(`plan-setbacks-${setup.planId}`);
      await expect(mark).toHaveText(`${s.setbacks.listMark} · ${declined}`);
      await screenshot(page, `setbacks-plans-${language}`);
      await expectAccessible(page, `plan list with a re-plan mark (${language})`);
      if (zh) await expectNoEnglishUi(page, 'plan list with a re-plan mark');

      // The board: the banner says why, and finds the declined banquet on the timeline.
      await page.getByRole('link', { name: setup.name, exact: true }).click();
      await expect(page.getByTestId('plan-board')).toHaveAttribute('data-board-ready', 'true', { timeout: 90_000 });
      const banner = page.getByTestId('setback-banner');
      await expect(banner).toContainText(s.setbacks.replanTitle);
      await expect(page.getByTestId('setback-summary')).toHaveText(
        s.setbacks.sentence.replace('{{what}}', declined).replace('{{advice}}', s.setbacks.advice),
      );
      await page.getByTestId('setback-highlight').click();
      const type = s.enums.eventType[setup.banquet.type as keyof typeof s.enums.eventType];
      const block = page.getByRole('button', {
        name: `${setup.banquet.title} · ${type} · ${s.setbacks.state.DECLINED}`,
        exact: true,
      });
      await expect(block).toBeVisible();
      await screenshot(page, `setbacks-board-${language}`);
      await expectAccessible(page, `board with a declined engagement (${language})`);
      if (zh) await expectNoEnglishUi(page, 'board with a declined engagement');

      // Its details (opened from the keyboard: the block is small, and the timeline's layers lie over its
      // middle): declined by the venue, in the venue's own words.
      await block.press('Enter');
      await expect(page.getByTestId('engagement-details')).toBeVisible();
      await expect(page.getByTestId('engagement-booking-state')).toHaveText(s.setbacks.state.DECLINED);
      await expect(page.getByTestId('engagement-setback-reason')).toHaveText(
        s.setbacks.venueReason.replace('{{reason}}', reason),
      );
      // axe first: it waits for the drawer's motion to end, which the screenshot should not catch halfway.
      await expectAccessible(page, `declined engagement's details (${language})`, '.ant-drawer-section');
      await screenshot(page, `setbacks-details-${language}`);
      if (zh) await expectNoEnglishUi(page, "declined engagement's details");
    });
  });
}
