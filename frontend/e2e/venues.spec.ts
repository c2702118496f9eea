import { expect, test } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, successMessage, type Language } from './support';

/**
 * A venue manager keeps a blackout of their own venue (the China National Convention Center,
 * Phase I, in the demo) and cannot open another venue's editor. Also the catalogue and its map.
 */
const OWN_VENUE = 'china-national-convention-center-phase-i';
const OTHER_VENUE = 'great-hall-of-the-people';

const STRINGS = { en, zh };

for (const language of ['en', 'zh'] as Language[]) {
  test(`a venue manager edits a blackout of their venue, and only of theirs (${language})`, async ({ page }) => {
    await signIn(page, 'manager', language);

    await page.goto('/venues');
    await expect(page.getByTestId('venue-map').locator('.venue-marker').first()).toBeAttached();
    await expect(page.getByTestId('venue-table').locator('tbody tr').first()).toBeVisible();
    await page.locator('#venue-q').fill(language === 'zh' ? '国家会议中心' : 'Convention');
    await page.locator('#venue-q').press('Enter');
    await expect(page.getByTestId('venue-table').locator(`a[href="/venues/${OWN_VENUE}"]`)).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await screenshot(page, `venues-${language}`);
    await expectAccessible(page, `venue catalogue (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'venue catalogue');

    // The map's marks, clustered at this zoom, are named in the UI's language in venue-map.spec.ts (a mark's
    // label is its tooltip).

    await page.goto(`/venues/${OWN_VENUE}/edit`);
    const editor = page.locator('.space-editor').first();
    await expect(editor).toBeVisible();
    const reason = `E2E ${language} ${Date.now()}`;
    // The row this click adds: an earlier run's blackout of the same space is listed too.
    const blackouts = editor.locator('[data-testid^="blackout-"]');
    const before = await blackouts.count();
    await editor.getByRole('button', { name: language === 'zh' ? '添加停用时段' : 'Add blackout' }).click();
    await expect(blackouts).toHaveCount(before + 1);
    const row = blackouts.nth(before);
    await row.locator('input[type="datetime-local"]').first().fill('2027-04-20T08:00');
    await row.locator('input[type="datetime-local"]').last().fill('2027-04-20T12:00');
    await row.locator('input:not([type="datetime-local"])').fill(reason);
    await editor.locator('button[type="submit"]').click();
    await expect(successMessage(page, STRINGS[language].venue.saved)).toBeVisible();
    await screenshot(page, `venue-editor-${language}`);
    await expectAccessible(page, `venue editor (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'venue editor');

    await page.goto(`/venues/${OWN_VENUE}`);
    await expect(page.getByTestId('venue-spaces')).toContainText(reason);
    await screenshot(page, `venue-page-${language}`);
    await expectAccessible(page, `venue page (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'venue page', [reason]);

    // Another venue: its page is readable, its editor is not offered and cannot be opened.
    await page.goto(`/venues/${OTHER_VENUE}`);
    await expect(page.getByTestId('venue-spaces')).toBeVisible();
    // Its type, district and halls in the UI's language, from the catalogue.
    for (const text of language === 'zh'
      ? ['国家建筑／会议厅', '西城区', '万人大礼堂', '宴会厅']
      : ['state building / conference hall', 'Xicheng', 'Great Hall of the People - Great Auditorium']) {
      await expect(page.locator('main')).toContainText(text);
    }
    if (language === 'zh') await expectNoEnglishUi(page, 'another venue page');
    await expect(page.locator(`a[href="/venues/${OTHER_VENUE}/edit"]`)).toHaveCount(0);
    await page.goto(`/venues/${OTHER_VENUE}/edit`);
    await expect(page.getByTestId('venue-not-editable')).toBeVisible();
    await expect(page.locator('.space-editor')).toHaveCount(0);
    await screenshot(page, `venue-not-editable-${language}`);
  });
}

/** Each language edits its own space, so that the two runs against one server do not meet. */
const HOURS_SPACE = { en: 0, zh: 1 };
const HOLIDAY = { en: '2027-05-01', zh: '2027-10-01' };

for (const language of ['en', 'zh'] as Language[]) {
  test(`a venue manager gives a space two ranges on Saturday and a holiday (${language})`, async ({ page }) => {
    const strings = STRINGS[language].openingHours;
    await signIn(page, 'manager', language);
    await page.goto(`/venues/${OWN_VENUE}/edit`);
    const editor = page.locator('.space-editor').nth(HOURS_SPACE[language]);
    await expect(editor).toBeVisible();

    const ranges = editor.locator('[data-testid^="opening-range-"]');
    const before = await ranges.count();
    for (const [from, to] of [
      ['09:00', '12:00'],
      ['18:00', '22:30'],
    ]) {
      await editor.getByRole('button', { name: strings.addRange }).click();
      const row = ranges.last();
      await row.locator('.ant-select').click();
      await page
        .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${strings.weekday.SATURDAY}"]`)
        .click();
      // The choice closes the list; the next range's list is then the only one open.
      await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
      await row.locator('input:not([role="combobox"])').first().fill(from);
      await row.locator('input:not([role="combobox"])').last().fill(to);
    }
    await expect(ranges).toHaveCount(before + 2);
    await editor.getByRole('button', { name: strings.addException }).click();
    await editor
      .locator('[data-testid^="opening-exception-"]')
      .last()
      .locator('input[type="date"]')
      .fill(HOLIDAY[language]);
    await editor.locator('button[type="submit"]').click();
    await expect(successMessage(page, STRINGS[language].venue.saved)).toBeVisible();
    await screenshot(page, `space-hours-editor-${language}`);
    await expectAccessible(page, `space hours editor (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'space hours editor');

    await page.reload();
    const reloaded = page.locator('.space-editor').nth(HOURS_SPACE[language]);
    await expect(reloaded.locator('[data-testid^="opening-range-"]')).toHaveCount(before + 2);
    await expect(reloaded.locator('[data-testid^="opening-range-"]').last()).toContainText(strings.weekday.SATURDAY);
    await expect(reloaded.locator('[data-testid^="opening-exception-"] input[type="date"]').last()).toHaveValue(
      HOLIDAY[language],
    );

    await page.goto(`/venues/${OWN_VENUE}`);
    const spaces = page.getByTestId('venue-spaces');
    await expect(spaces).toContainText(`${strings.weekday.SATURDAY}`);
    await expect(spaces).toContainText('09:00–12:00, 18:00–22:30');
    await expect(spaces).toContainText(strings.closedOnDate.replace('{{date}}', HOLIDAY[language]));
    await screenshot(page, `space-hours-${language}`);
  });
}

/** The convention centre's Phase II plenary hall, which the demo divides in two. */
const DIVIDED_VENUE = 'china-national-convention-center-phase-ii';
const DIVIDED_HALL = `${DIVIDED_VENUE}-plenary-hall`;
const PART_NAMES = {
  en: ['Plenary hall, part 1', 'Plenary hall, part 2'],
  zh: ['大会堂第一分厅', '大会堂第二分厅'],
};

for (const language of ['en', 'zh'] as Language[]) {
  test(`a venue manager takes a part out of a divisible hall and puts it back (${language})`, async ({ page }) => {
    const strings = STRINGS[language].venue;
    const [first, second] = PART_NAMES[language] as [string, string];
    const separator = STRINGS[language].explain.listSeparator;
    await signIn(page, 'manager', language);
    await page.goto(`/venues/${DIVIDED_VENUE}/edit`);
    const editor = page.getByTestId(`space-editor-${DIVIDED_HALL}`);
    const partsInput = page.locator(`#space-${DIVIDED_HALL}_parts`);
    const parts = editor.locator('.ant-form-item', { has: partsInput });
    await expect(parts).toContainText(first);
    await expect(parts).toContainText(second);
    // A part offers no parts of its own, and says whose part it is.
    const part = page.getByTestId(`space-editor-${DIVIDED_HALL}-part-1`);
    await expect(part).toContainText(
      strings.partOfHint.replace('{{wholes}}', language === 'zh' ? '大会堂' : 'Plenary hall'),
    );
    await expect(part.locator(`#space-${DIVIDED_HALL}-part-1_parts`)).toHaveCount(0);

    // Backspace in the list takes out its last part.
    await partsInput.focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Escape');
    await expect(parts).not.toContainText(second);
    await editor.locator('button[type="submit"]').click();
    await expect(successMessage(page, strings.saved)).toBeVisible();

    await page.goto(`/venues/${DIVIDED_VENUE}`);
    const spaces = page.getByTestId('venue-spaces');
    await expect(spaces).toContainText(strings.madeOf.replace('{{parts}}', first));
    await expect(spaces.locator(`tr[data-row-key="${DIVIDED_HALL}-part-2"]`)).toContainText(strings.notDivided);

    await page.goto(`/venues/${DIVIDED_VENUE}/edit`);
    await partsInput.click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${second}"]`).click();
    await page.keyboard.press('Escape');
    await expect(parts).toContainText(second);
    await editor.locator('button[type="submit"]').click();
    await expect(successMessage(page, strings.saved)).toBeVisible();
    await screenshot(page, `space-parts-editor-${language}`);
    await expectAccessible(page, `space parts editor (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'space parts editor');

    await page.goto(`/venues/${DIVIDED_VENUE}`);
    await expect(spaces).toContainText(strings.madeOf.replace('{{parts}}', `${first}${separator}${second}`));
    await expect(spaces.locator(`tr[data-row-key="${DIVIDED_HALL}-part-2"]`)).toContainText(
      strings.partOf.replace('{{wholes}}', language === 'zh' ? '大会堂' : 'Plenary hall'),
    );
    await screenshot(page, `space-parts-${language}`);
    await expectAccessible(page, `venue page with parts (${language})`);
    if (language === 'zh') await expectNoEnglishUi(page, 'venue page with parts');
  });
}
