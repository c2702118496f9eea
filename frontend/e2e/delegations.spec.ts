import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import {
  confirmPopup,
  expectAccessible,
  expectNoEnglishUi,
  screenshot,
  signIn,
  successMessage,
  type Language,
} from './support';
import { apiAs, demoSummitDocument, demoSummitId, withoutDisplayName } from './support-people';

/**
 * A plan's delegations and engagements, and its documents: an officer imports a copy of the demo
 * summit under a new name, keeps its delegations and engagements (the API's messages next to the
 * fields, in the UI's language), downloads an itinerary and the exported document, and sees a malformed
 * document's errors under their fields' labels, in the UI's language too. A planner only reads a live plan's delegations; a venue manager cannot
 * open them at all.
 */

const STRINGS = { en, zh };

/** The checks every screen of this flow gets. */
async function checkScreen(page: Page, language: Language, name: string, scope?: string, unchecked?: string) {
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  // A confirmation toast fades out over the page; axe would measure its contrast mid-fade.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await screenshot(page, `${name}-${language}`);
  await expectAccessible(page, `${name} (${language})`, scope);
  if (language === 'zh') await withoutDisplayName(page, () => expectNoEnglishUi(page, name, [], unchecked));
}

/** Chooses an option of the Ant Design select of a form field. */
async function choose(page: Page, fieldId: string, option: string) {
  await page
    .locator('.ant-form-item', { has: page.locator(`#${fieldId}`) })
    .locator('.ant-select')
    .click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

const fieldError = (page: Page, fieldId: string) =>
  page.locator('.ant-form-item', { has: page.locator(`#${fieldId}`) }).locator('.ant-form-item-explain-error');

for (const language of ['en', 'zh'] as Language[]) {
  const s = STRINGS[language];

  test(`an officer imports a plan and keeps its delegations and engagements (${language})`, async ({
    page,
  }, testInfo) => {
    const officer = await apiAs('officer');
    const document = await demoSummitDocument(officer);
    const name = `E2E people ${language} ${Date.now()}`;
    document.name = name;
    const file = testInfo.outputPath('plan.json');
    await writeFile(file, JSON.stringify(document));

    await signIn(page, 'officer', language);
    await page.goto('/plans');
    await expect(page.getByTestId('import-plan')).toBeVisible();
    await checkScreen(page, language, 'plans-import');

    // Import: the new plan opens, with what the import answered about the catalogue.
    await page.getByTestId('import-plan-file').setInputFiles(file);
    await expect(page.getByTestId('import-differences')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('import-differences')).toContainText(name);
    const planId = Number(/\/plans\/(\d+)$/.exec(page.url())?.[1]);
    expect(planId).toBeGreaterThan(0);
    await expect(page.getByTestId('plan-content-links')).toBeVisible();
    await screenshot(page, `plan-imported-${language}`);
    await expectAccessible(page, `plan documents (${language})`, '[data-testid="plan-transfer"]');
    if (language === 'zh') await expectNoEnglishUi(page, 'plan board with documents');

    // The exported problem document.
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-plan').click()]);
    const exportedDocument = JSON.parse(await readFile(await exported.path(), 'utf8')) as {
      format: string;
      name: string;
    };
    expect(exportedDocument).toMatchObject({ format: 'protocol-planner/plan', name });

    // Delegations: the list, searched by a country's name in Chinese.
    await page.getByTestId('plan-content-links').getByRole('link', { name: s.delegations.nav.delegations }).click();
    await expect(page).toHaveURL(new RegExp(`/plans/${planId}/delegations$`));
    const table = page.getByTestId('delegation-table');
    await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await page.locator('#delegation-q').fill('阿曼');
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(table).toContainText('del-001');
    await page.locator('#delegation-q').fill('');
    // The whole list again before it is checked, not the one row the search left.
    await expect(table.locator('tbody tr.ant-table-row').nth(1)).toBeVisible();
    await checkScreen(page, language, 'delegations');

    // A new delegation with a size the API refuses: its message sits next to the field.
    const id = `del-e2e-${language}`;
    await page.getByTestId('delegation-add').click();
    const drawer = page.locator('.delegation-form-drawer');
    await expect(drawer.locator('#delegation_id')).toBeVisible();
    await drawer.locator('#delegation_id').fill(id);
    await drawer.locator('#delegation_name').fill(`E2E delegation ${language}`);
    await drawer.locator('#delegation_country').fill('KE');
    await choose(page, 'delegation_headRank', s.enums.rank.MINISTER);
    await drawer.locator('#delegation_size').fill('0');
    await drawer.locator('#delegation_arrival').fill('2027-04-13T09:00');
    await drawer.locator('#delegation_departure').fill('2027-04-16T18:00');
    await page.getByTestId('delegation-save').click();
    // The API words its refusal in the language the UI asks in.
    await expect(fieldError(page, 'delegation_size')).toContainText(language === 'zh' ? '不能小于 1' : 'at least 1');
    await checkScreen(page, language, 'delegation-form', '.delegation-form-drawer');
    await drawer.locator('#delegation_size').fill('12');
    // A rule between two fields, checked by the plan's exchange reader: worded in the UI's language as well,
    // naming the other field by its label.
    await drawer.locator('#delegation_departure').fill('2027-04-12T18:00');
    await page.getByTestId('delegation-save').click();
    await expect(fieldError(page, 'delegation_departure')).toContainText(
      language === 'zh'
        ? '2027-04-12T18:00 不晚于抵达时间 2027-04-13T09:00'
        : 'departure 2027-04-12T18:00 is not after arrival',
    );
    await checkScreen(page, language, 'delegation-form-departure', '.delegation-form-drawer');
    await drawer.locator('#delegation_departure').fill('2027-04-16T18:00');
    await page.getByTestId('delegation-save').click();
    await expect(drawer).toHaveCount(0);
    await page.locator('#delegation-q').fill(id);
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
    // Named by its country in Chinese (Kenya), by the name it was given in English.
    await expect(table).toContainText(language === 'zh' ? '肯尼亚' : `E2E delegation ${language}`);

    // Deleting a delegation that engagements attend: the API's conflict is shown, nothing is lost.
    await page.locator('#delegation-q').fill('del-001');
    await page.getByTestId('delete-del-001').click();
    await confirmPopup(page, '.ant-btn-dangerous');
    await expect(page.getByTestId('delete-problems')).toContainText('del-001');
    await expect(page.getByTestId('delete-problems')).toContainText(
      language === 'zh' ? '仍被引用' : 'is still referred to',
    );
    await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);

    // Its itinerary, in the UI's language.
    const [itinerary] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('itinerary-del-001').click(),
    ]);
    expect(itinerary.suggestedFilename()).toMatch(new RegExp(`\\.pdf$`));
    const pdf = await readFile(await itinerary.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1_000);
    const itineraryAnswer = await page.request.get(
      `/api/plans/${planId}/delegations/del-001/itinerary.pdf?lang=${language}`,
    );
    expect(itineraryAnswer.headers()['content-type']).toContain('application/pdf');

    // The new delegation goes after confirming.
    await page.locator('#delegation-q').fill(id);
    await page.getByTestId(`delete-${id}`).click();
    await confirmPopup(page, '.ant-btn-dangerous');
    await expect(successMessage(page, s.delegations.deleted)).toBeVisible();
    await expect(table.locator('tbody tr.ant-table-placeholder')).toBeVisible();

    // Engagements: a time window and an excluded space for one.
    await page.getByTestId('plan-content-links').getByRole('link', { name: s.delegations.nav.engagements }).click();
    await expect(page).toHaveURL(new RegExp(`/plans/${planId}/engagements$`));
    const engagements = page.getByTestId('engagement-table');
    await expect(engagements.locator('tbody tr.ant-table-row').first()).toBeVisible();
    // Searched by the type's Chinese name. (Also keeps titles such as "State banquet" off the
    // screen: data that equals a UI string.)
    await page.locator('#engagement-q').fill('双边会谈');
    await expect(engagements.locator('tbody tr.ant-table-row').first()).toContainText(
      s.enums.eventType.BILATERAL_TALKS,
    );
    await checkScreen(page, language, 'engagements');
    // A bilateral: its title names its delegations, where a plenary's or banquet's title ("State
    // banquet") equals a UI string and would read as untranslated on the Chinese screen.
    const bilateral = engagements.locator('tbody tr.ant-table-row').first();
    const editId = (await bilateral.locator('[data-testid^="edit-"]').getAttribute('data-testid'))!;
    await page.locator('#engagement-q').fill(editId.slice('edit-'.length));
    await page.getByTestId(editId).click();
    const form = page.locator('.engagement-form-drawer');
    await expect(form.locator('#engagement_earliestStart')).toBeVisible();
    await form.locator('#engagement_earliestStart').fill('2027-04-14T08:00');
    await form.locator('#engagement_latestEnd').fill('2027-04-14T20:00');
    await form.locator('#engagement_excludedSpaces').click();
    await form.locator('#engagement_excludedSpaces').fill(language === 'zh' ? '人民大会堂' : 'Great Hall');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.keyboard.press('Escape');
    await checkScreen(page, language, 'engagement-form', '.engagement-form-drawer');
    await page.getByTestId('engagement-save').click();
    await expect(form).toHaveCount(0);
    await expect(engagements.locator('tbody tr.ant-table-row').first()).toContainText('2027-04-14 08:00');

    // A malformed document is refused with its errors under their fields' labels (the JSON path as the tooltip).
    const malformed = structuredClone(document) as { name: string; events: Array<{ headcount: number }> };
    malformed.name = `${name} malformed`;
    malformed.events[0]!.headcount = 0;
    const bad = testInfo.outputPath('malformed.json');
    await writeFile(bad, JSON.stringify(malformed));
    await page.goto('/plans');
    await page.getByTestId('import-plan-file').setInputFiles(bad);
    const problems = page.getByTestId('import-problems');
    await expect(problems).toContainText(language === 'zh' ? '活动 1 › 人数' : 'Engagement 1 › Headcount', {
      timeout: 60_000,
    });
    await expect(problems).toContainText(language === 'zh' ? '必须是不小于 1 的值' : 'must be at least 1');
    await expect(problems.locator('[title="events[0].headcount"]')).toBeVisible();
    await checkScreen(page, language, 'import-errors');
    await officer.dispose();
  });

  test(`a planner reads a live plan's delegations and may not change them (${language})`, async ({ page }) => {
    const planner = await apiAs('planner');
    const planId = await demoSummitId(planner);
    const refused = await planner.post(`/api/plans/${planId}/delegations`, {
      data: {
        id: 'del-planner',
        name: 'Planner',
        headRank: 'MINISTER',
        size: 3,
        arrival: '2027-04-13T09:00',
        departure: '2027-04-14T09:00',
      },
    });
    expect(refused.status()).toBe(403);
    await planner.dispose();

    await signIn(page, 'planner', language);
    await page.goto(`/plans/${planId}/delegations`);
    await expect(page.getByTestId('read-only')).toBeVisible();
    await expect(page.getByTestId('delegation-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('delegation-add')).toHaveCount(0);
    await expect(page.locator('[data-testid^="edit-"], [data-testid^="delete-"]')).toHaveCount(0);
    await checkScreen(page, language, 'delegations-read-only');
    await page.goto(`/plans/${planId}/engagements`);
    await expect(page.getByTestId('engagement-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('engagement-add')).toHaveCount(0);
    await expect(page.locator('[data-testid^="edit-"]')).toHaveCount(0);
  });

  test(`a venue manager cannot open a plan's delegations or engagements (${language})`, async ({ page }) => {
    const officer = await apiAs('officer');
    const planId = await demoSummitId(officer);
    await officer.dispose();
    await signIn(page, 'manager', language);
    await page.goto(`/plans/${planId}/delegations`);
    await expect(page.getByTestId('plan-content-forbidden')).toBeVisible();
    await expect(page.getByTestId('delegation-table')).toHaveCount(0);
    await checkScreen(page, language, 'plan-content-forbidden');
    await page.goto(`/plans/${planId}/engagements`);
    await expect(page.getByTestId('plan-content-forbidden')).toBeVisible();
    await expect(page.getByTestId('engagement-table')).toHaveCount(0);
  });
}
