import { expect, test } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh as chinese } from '../src/lib/i18n/zh';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, type Language } from './support';
import { apiAs, publishForTheManager } from './support-inbox';
import { withoutDisplayName } from './support-people';

/**
 * Each role's start page shows what needs it now, and each count leads to where the work is done. A copy
 * of the demo summit is published to the venue manager (and one request to a venue without managers),
 * and the manager declines one request, so that the plan needs a re-plan. The officer finds that plan
 * (to its board), the requests they answer (to the inbox) and the requests lapsing within the day; the
 * manager finds their requests by deadline (to the inbox); a planner their own scenario; the
 * administrator the newest audit entries.
 */
const STRINGS = { en, zh: chinese };

/** What a label's singular and plural have in common at their end ("… for your answer"), whatever the count. */
function sameEnd(one: string, other: string): string {
  let length = 0;
  while (length < one.length && one.at(-1 - length) === other.at(-1 - length)) length++;
  return one.slice(one.length - length);
}

for (const language of ['en', 'zh'] as Language[]) {
  const zh = language === 'zh';
  const s = STRINGS[language];

  test(`each role's start page shows what needs it now and leads to it (${language})`, async ({
    page,
    context,
    playwright,
  }) => {
    const setup = await publishForTheManager(playwright, `overview ${language} ${Date.now()}`);
    const declined = await setup.manager.post(`/api/bookings/${setup.banquet.id}/decline`, {
      data: { reason: `Overview ${language}: hall closed` },
    });
    expect(declined.status(), await declined.text()).toBe(200);

    // The officer: the plan needing a re-plan leads to its board; the requests they answer to the inbox.
    await signIn(page, 'officer', language);
    const officer = page.getByTestId('overview-officer');
    const replan = officer.getByTestId('overview-replans').getByRole('link', { name: setup.name });
    await expect(replan).toBeVisible();
    await expect(officer.getByTestId('overview-unmanaged')).toContainText(
      sameEnd(s.overview.work.unmanagedCount_one, s.overview.work.unmanagedCount_other),
    );
    await expect(officer.getByTestId('overview-lapsing')).toContainText(setup.name);
    await screenshot(page, `overview-officer-${language}`);
    await expectAccessible(page, `officer start page (${language})`);
    if (zh) await expectNoEnglishUi(page, 'officer start page');
    await replan.click();
    await expect(page).toHaveURL(new RegExp(`/plans/${setup.planId}$`));
    await page.locator('nav a[href="/"]').click();
    await officer.getByTestId('overview-unmanaged').click();
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(page.getByTestId('request-list')).toBeVisible();

    // The venue manager: their requests by answer-by time, the count leading to the inbox.
    await context.clearCookies();
    await signIn(page, 'manager', language);
    const manager = page.getByTestId('overview-manager');
    await expect(manager.getByTestId('overview-requests')).toContainText(
      sameEnd(s.overview.work.managerCount_one, s.overview.work.managerCount_other),
    );
    await expect(manager.getByTestId('overview-deadlines').getByRole('listitem').first()).toBeVisible();
    await expect(page.getByTestId('overview-officer'), 'nothing of the plans').toHaveCount(0);
    await screenshot(page, `overview-manager-${language}`);
    await expectAccessible(page, `manager start page (${language})`);
    if (zh) await expectNoEnglishUi(page, 'manager start page');
    await manager.getByTestId('overview-requests').click();
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(page.getByTestId(`request-${setup.first.id}`)).toBeVisible();

    // A planner: the scenario they made, with its status, leading to its board.
    const planner = await apiAs(playwright, 'planner');
    const scenarioName = `Overview scenario ${language} ${Date.now()}`;
    const copied = await planner.post(`/api/plans/${setup.planId}/scenarios`, { data: { name: scenarioName } });
    expect(copied.status(), await copied.text()).toBe(201);
    await context.clearCookies();
    await signIn(page, 'planner', language);
    const scenarios = page.getByTestId('overview-planner').getByTestId('overview-scenarios');
    await expect(scenarios.getByRole('link', { name: scenarioName })).toBeVisible();
    await expect(scenarios.getByRole('listitem').filter({ hasText: scenarioName })).toContainText(
      s.enums.scenarioStatus.DRAFT,
    );
    await screenshot(page, `overview-planner-${language}`);
    await expectAccessible(page, `planner start page (${language})`);
    // The demo planner's display name, "Planner", is also the role's English label: data, not UI.
    if (zh) await withoutDisplayName(page, () => expectNoEnglishUi(page, 'planner start page'));

    // The administrator: the newest audit entries, leading to the audit log.
    await context.clearCookies();
    await signIn(page, 'admin', language);
    const admin = page.getByTestId('overview-admin');
    await expect(admin.getByTestId('overview-audit').getByRole('listitem').first()).toBeVisible();
    await screenshot(page, `overview-admin-${language}`);
    await expectAccessible(page, `administrator start page (${language})`);
    if (zh) await withoutDisplayName(page, () => expectNoEnglishUi(page, 'administrator start page'));
    await admin.getByRole('link', { name: s.overview.work.audit }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await planner.dispose();
    await setup.officer.dispose();
    await setup.manager.dispose();
  });
}
