import { expect, test } from '@playwright/test';
import {
  apiAs,
  expectNoEnglishUiBesideNames,
  busiestVenue,
  chooseOption,
  copyDemoSummit,
  solveBriefly,
  unique,
} from './support-scenarios';
import { en } from '../src/lib/i18n/en';
import { zh as chinese } from '../src/lib/i18n/zh';
import {
  confirmPopup,
  expectAccessible,
  screenshot,
  signIn,
  solveOnBoard,
  successMessage,
  type Language,
} from './support';

/**
 * A planner's what-if on a live plan of its own (a copy of the demo summit's first engagements,
 * solved briefly): copy
 * it into a scenario, close the venue that holds the most engagements, solve, compare side by
 * side with the live plan, propose; the officer adopts it. A second scenario, copied before the
 * live plan changes, is refused with the list of changes. Planners cannot adopt, managers cannot
 * create scenarios.
 */
const SOLVE_SECONDS = 4;

const STRINGS = { en, zh: chinese };

for (const language of ['en', 'zh'] as Language[]) {
  test(`a planner tries a venue closure in a scenario, the officer adopts it (${language})`, async ({
    browser,
    playwright,
  }) => {
    const zh = language === 'zh';
    const s = STRINGS[language];
    const suffix = unique(language);
    const officerApi = await apiAs(playwright, 'officer');
    const planId = await copyDemoSummit(officerApi, `E2E scenarios ${suffix}`);
    await solveBriefly(officerApi, planId, 3);
    const venue = await busiestVenue(officerApi, planId);
    const catalogue = (await (await officerApi.get(`/api/venues/${venue.id}`)).json()) as {
      nameEn: string;
      nameZh?: string;
    };
    const venueLabel = zh && catalogue.nameZh ? catalogue.nameZh : venue.name;

    // The planner copies the live plan into a scenario from the plans list.
    const plannerPage = await (await browser.newContext()).newPage();
    await signIn(plannerPage, 'planner', language);
    await plannerPage.goto('/plans');
    await plannerPage.getByTestId(`new-scenario-${planId}`).click();
    const dialog = plannerPage.locator('.new-scenario-dialog');
    await dialog.locator('input').fill(`What if ${suffix}`);
    await screenshot(plannerPage, `scenario-new-${language}`);
    await expectAccessible(plannerPage, `new scenario dialog (${language})`, '.new-scenario-dialog');
    if (zh) await expectNoEnglishUiBesideNames(plannerPage, 'new scenario dialog');
    await dialog.locator('.ant-btn-primary').click();
    const board = plannerPage.getByTestId('plan-board');
    await expect(board).toHaveAttribute('data-board-ready', 'true', { timeout: 60_000 });
    await expect(board.locator('h1')).toContainText(`What if ${suffix}`);
    const scenarioId = Number(new URL(plannerPage.url()).pathname.split('/').pop());
    expect(scenarioId).not.toBe(planId);
    // A planner is offered no adoption, and the API refuses it.
    await expect(plannerPage.getByTestId('propose-scenario')).toBeVisible();
    await expect(plannerPage.getByTestId('adopt-scenario')).toHaveCount(0);
    const plannerApi = await apiAs(playwright, 'planner');
    expect((await plannerApi.post(`/api/plans/${scenarioId}/adopt`)).status()).toBe(403);

    // Close the busiest venue for the whole horizon.
    await plannerPage.getByTestId('open-closures').click();
    const panel = plannerPage.getByTestId('closures-panel');
    await chooseOption(plannerPage, '[data-testid="closure-venue"]', venueLabel);
    await panel.getByTestId('closure-reason').fill(`Closed ${suffix}`);
    await panel.getByTestId('closure-add').click();
    // One request per space of the venue, each checked against the whole plan: slow on a busy machine.
    // The closures' own message: the scenario's "created" may still be on screen.
    await expect(
      plannerPage.locator('.ant-message-success').filter({ hasText: s.scenarios.closures.solveAgain }),
    ).toBeVisible({ timeout: 120_000 });
    await expect(
      panel
        .getByTestId('closures-table')
        .locator('tbody tr')
        .filter({ hasText: `Closed ${suffix}` })
        .first(),
    ).toBeVisible();
    await screenshot(plannerPage, `scenario-closures-${language}`);
    await expectAccessible(plannerPage, `closures drawer (${language})`, '.closures-drawer');
    if (zh) await expectNoEnglishUiBesideNames(plannerPage, 'closures drawer');
    await plannerPage.locator('.closures-drawer .ant-drawer-close').click();

    // Solve the scenario briefly on its board.
    await solveOnBoard(plannerPage, scenarioId, SOLVE_SECONDS, s.board.solve);
    await expect(plannerPage.getByTestId('solve-state')).toContainText(s.enums.solveState.FINISHED);

    // Compare: the moved engagements are listed and highlighted on both timelines, with the score differences.
    await plannerPage.getByTestId('compare-link').click();
    const comparison = plannerPage.getByTestId('comparison-page');
    await expect(comparison).toBeVisible();
    const moved = comparison.getByTestId('moved-engagements').locator('tbody tr.ant-table-row');
    await expect(moved.first()).toBeVisible();
    await expect(comparison.getByTestId('score-differences').locator('tbody tr.ant-table-row')).toHaveCount(3);
    await expect(comparison.getByTestId('difference-soft')).toBeVisible();
    await expect(comparison.getByTestId('kpi-differences').locator('tbody tr.ant-table-row')).toHaveCount(7);
    for (const side of ['live-timeline', 'scenario-timeline']) {
      await expect(plannerPage.getByTestId(side)).toHaveAttribute('data-drawn', 'true');
      // How many of its engagements the timeline draws highlighted; vis-timeline puts in the page
      // only the items of the rows and hours in view, so the count is read from the component.
      await expect(plannerPage.getByTestId(side)).not.toHaveAttribute('data-highlighted', '0');
    }
    await screenshot(plannerPage, `scenario-comparison-${language}`);
    await expectAccessible(plannerPage, `scenario comparison (${language})`);
    if (zh) await expectNoEnglishUiBesideNames(plannerPage, 'scenario comparison');

    // Propose it.
    await comparison.getByTestId('propose-scenario').click();
    await confirmPopup(plannerPage);
    await expect(successMessage(plannerPage, s.scenarios.proposed)).toBeVisible();
    await expect(comparison.getByTestId('propose-scenario')).toHaveCount(0);
    await expect(comparison).toContainText(zh ? '已提交' : 'Proposed');

    // A venue manager sees no plans and cannot copy one.
    const managerApi = await apiAs(playwright, 'manager');
    expect((await managerApi.post(`/api/plans/${planId}/scenarios`, { data: {} })).status()).toBe(403);
    const managerPage = await (await browser.newContext()).newPage();
    await signIn(managerPage, 'manager', language);
    await managerPage.goto(`/plans/${planId}`);
    await expect(managerPage.locator('.ant-alert-error')).toBeVisible();
    await expect(managerPage.getByTestId(`new-scenario-${planId}`)).toHaveCount(0);
    await managerPage.context().close();

    // The officer adopts the proposed scenario after confirming.
    const officerPage = await (await browser.newContext()).newPage();
    await signIn(officerPage, 'officer', language);
    await officerPage.goto(`/plans/${scenarioId}/compare`);
    await officerPage.getByTestId('adopt-scenario').click();
    const adoptDialog = officerPage.locator('.adopt-dialog');
    await expect(adoptDialog).toBeVisible();
    await screenshot(officerPage, `scenario-adopt-${language}`);
    await expectAccessible(officerPage, `adopt dialog (${language})`, '.adopt-dialog');
    if (zh) await expectNoEnglishUiBesideNames(officerPage, 'adopt dialog');
    await adoptDialog.locator('.ant-btn-primary').click();
    await expect(successMessage(officerPage, s.scenarios.adopted)).toBeVisible();
    await expect(officerPage.getByTestId('adopt-scenario')).toHaveCount(0);
    await expect(officerPage.getByTestId('comparison-page')).toContainText(zh ? '已采用' : 'Adopted');

    // A second scenario, then the live plan changes: its adoption is refused, with what changed.
    const second = (await (
      await plannerApi.post(`/api/plans/${planId}/scenarios`, { data: { name: `Second ${suffix}` } })
    ).json()) as {
      id: number;
    };
    const liveDocument = (await (await officerApi.get(`/api/plans/${planId}/export`)).json()) as {
      horizon: { start: string };
      venues: Array<{ spaces: Array<{ id: string }> }>;
    };
    const closed = await officerApi.post(`/api/plans/${planId}/closures`, {
      data: {
        spaceId: liveDocument.venues[0].spaces[0].id,
        start: liveDocument.horizon.start,
        end: liveDocument.horizon.start.replace(/T.*/, 'T12:00'),
        reason: 'live change',
      },
    });
    expect(closed.status(), await closed.text()).toBe(201);
    await officerPage.goto(`/plans/${second.id}/compare`);
    await expect(officerPage.getByTestId('comparison-page')).toBeVisible();
    await officerPage.getByTestId('adopt-scenario').click();
    await officerPage.locator('.adopt-dialog .ant-btn-primary').click();
    const refused = officerPage.getByTestId('adoption-refused');
    await expect(refused).toBeVisible();
    await expect(refused.getByTestId('adoption-changes').locator('li')).toContainText([
      zh ? '临时停用：已新增 1 项' : 'Closures: 1 added',
    ]);
    await screenshot(officerPage, `scenario-refused-${language}`);
    await expectAccessible(officerPage, `refused adoption (${language})`, '[data-testid="scenario-actions"]');
    if (zh) await expectNoEnglishUiBesideNames(officerPage, 'refused adoption');
    await officerPage.context().close();
    await plannerPage.context().close();
  });
}
