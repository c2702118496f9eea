import { expect, test } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh as chinese } from '../src/lib/i18n/zh';
import { expectAccessible, expectNoEnglishUi, screenshot, signIn, successMessage, type Language } from './support';
import { apiAs, importAs } from './support-inbox';

/**
 * An imported plan does not fill the catalogue with copies: its document names the Great Hall of the People
 * under an id of its own, and a pavilion the catalogue lacks. The officer sees both on the plan's page, makes
 * the plan use the catalogue's Great Hall, finds the pavilion listed apart from the catalogue, marked with
 * its plan, and adds it to the catalogue. English on 1440 x 900, Chinese on 1366 x 768.
 */
const STRINGS = { en, zh: chinese };
const SCREENS = { en: { width: 1440, height: 900 }, zh: { width: 1366, height: 768 } };
const DAY = '2027-08-02';

/** A plan document with a copy of the Great Hall (its banquet hall under the catalogue's name) and a pavilion. */
function document(prefix: string) {
  return {
    format: 'protocol-planner/plan',
    version: 1,
    name: 'unused',
    horizon: { start: `${DAY}T00:00`, end: '2027-08-04T00:00' },
    venues: [
      {
        id: `${prefix}-ghp`,
        name: 'Great Hall of the People',
        lat: 39.903,
        lon: 116.387,
        spaces: [
          {
            id: `${prefix}-ghp-banquet`,
            name: 'Great Hall of the People - State Banquet Hall',
            capacity: { BANQUET: 3000 },
          },
        ],
      },
      {
        id: `${prefix}-pavilion`,
        name: `Pavilion ${prefix}`,
        lat: 39.95,
        lon: 116.4,
        spaces: [{ id: `${prefix}-room`, name: 'Room', capacity: { ROUNDTABLE: 30 } }],
      },
    ],
    delegations: [
      {
        id: 'ruritania',
        name: 'Ruritania',
        headRank: 'HEAD_OF_STATE',
        size: 20,
        arrival: `${DAY}T00:00`,
        departure: '2027-08-04T00:00',
      },
    ],
    events: [
      {
        id: 'banquet',
        title: 'Banquet for Ruritania',
        type: 'STATE_BANQUET',
        delegations: ['ruritania'],
        headcount: 300,
        layout: 'BANQUET',
        durationMinutes: 120,
        pinned: { spaceId: `${prefix}-ghp-banquet`, start: `${DAY}T19:00` },
      },
    ],
  };
}

for (const language of ['en', 'zh'] as Language[]) {
  const zh = language === 'zh';
  const s = STRINGS[language];

  test.describe(`imported venues (${language})`, () => {
    test.use({ viewport: SCREENS[language] });

    test(`a plan's own venues stay apart from the catalogue until matched or added (${language})`, async ({
      page,
      playwright,
    }) => {
      const prefix = `e2e${language}${Date.now() % 1_000_000_000}`;
      const name = `Imported venues E2E ${language} ${prefix}`;
      const officer = await apiAs(playwright, 'officer');
      const planId = await importAs(officer, document(prefix), name);
      await officer.dispose();
      // The plan's own venues and spaces are named in its document's words, as a plan's engagements are.
      const ownNames = document(prefix).venues.flatMap((venue) => [
        venue.name,
        ...venue.spaces.map((space) => space.name),
      ]);
      const hall = `${prefix}-ghp`;
      const pavilion = `${prefix}-pavilion`;

      // The plan's page: two venues of its own, the Great Hall offered the catalogue's.
      await signIn(page, 'officer', language);
      await page.goto(`/plans/${planId}`);
      const panel = page.getByTestId('imported-venues');
      await expect(panel).toContainText(s.importedVenues.planTitle_other.replace('{{count}}', '2'));
      await expect(page.getByTestId(`accept-match-${hall}`)).toBeVisible();
      await expect(page.getByTestId('plan-board')).toHaveAttribute('data-board-ready', 'true', { timeout: 90_000 });
      await panel.scrollIntoViewIfNeeded();
      await expectAccessible(page, `plan with venues of its own (${language})`);
      await screenshot(page, `imported-venues-plan-${language}`);
      if (zh) await expectNoEnglishUi(page, 'plan with venues of its own', ownNames);

      await page.getByTestId(`accept-match-${hall}`).click();
      const greatHall = zh ? '人民大会堂' : 'Great Hall of the People';
      await expect(successMessage(page, s.importedVenues.accepted.replace('{{match}}', greatHall))).toBeVisible();
      await expect(panel).toContainText(s.importedVenues.planTitle_one.replace('{{count}}', '1'));
      await expect(page.getByTestId(`accept-match-${hall}`)).toHaveCount(0);

      // The catalogue does not list the pavilion; the list of imported venues does, with its plan.
      await page.locator('nav a[href="/venues"]').click();
      await page.locator('#venue-q').fill(prefix);
      await page.locator('#venue-q').press('Enter');
      await expect(page.getByTestId('venue-count')).toHaveText(s.venues.total.replace('{{count}}', '0'));
      await page.getByTestId('venue-scope').getByText(s.importedVenues.imported, { exact: true }).click();
      await expect(page.getByTestId(`imported-with-${pavilion}`)).toHaveText(
        s.importedVenues.importedWith.replace('{{plan}}', name),
      );
      await expect(page.getByTestId('venue-count')).toHaveText(s.venues.total.replace('{{count}}', '1'));
      await page.getByTestId(`imported-with-${pavilion}`).scrollIntoViewIfNeeded();
      // axe first: it waits for the switch's motion to end, which the screenshot should not catch halfway.
      await expectAccessible(page, `venues imported with plans (${language})`);
      await screenshot(page, `imported-venues-catalogue-${language}`);
      if (zh) await expectNoEnglishUi(page, 'venues imported with plans', ownNames);

      // Added to the catalogue, it leaves the imported list and joins the catalogue's.
      await page.getByTestId(`add-to-catalogue-${pavilion}`).click();
      await expect(
        successMessage(page, s.importedVenues.added.replace('{{venue}}', `Pavilion ${prefix}`)),
      ).toBeVisible();
      await expect(page.getByTestId('venue-count')).toHaveText(s.venues.total.replace('{{count}}', '0'));
      await page.getByTestId('venue-scope').getByText(s.importedVenues.catalogue, { exact: true }).click();
      await expect(page.getByRole('link', { name: `Pavilion ${prefix}`, exact: true })).toBeVisible();
      await expect(page.getByTestId('venue-count')).toHaveText(s.venues.total.replace('{{count}}', '1'));
    });
  });
}
