import { expect, type Locator, type Page, test } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { zh } from '../src/lib/i18n/zh';
import { expectAccessible, expectNoEnglishUi, openDemoBoard, screenshot, signIn, type Language } from './support';

/**
 * An officer opens the map of the demo plan's venues from its board: the catalogue is drawn in clusters
 * on the outline of Beijing that ships with the application, coloured by security grade, with the venues
 * the plan's engagements are placed at ringed; a cluster zooms in until it splits, and a venue's mark
 * opens the venue, by mouse or keyboard.
 */
const STRINGS = { en, zh };

/** The grade colours of the legend and the marks (GRADE_COLOURS), as the browser writes them. */
const GRADE_RGB = { A: 'rgb(168, 7, 26)', B: 'rgb(173, 78, 0)', C: 'rgb(29, 57, 196)' };

const marks = (map: Locator) => map.locator('.venue-cluster, .venue-marker');

/** The style attributes of every mark's disc or ring: where the grades' colours are set. */
async function markColours(map: Locator): Promise<string> {
  const styles = await map
    .locator('.venue-mark-letter, .venue-cluster-ring')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('style') ?? ''));
  return styles.join(' ');
}

/** The first of these marks that lies wholly inside the map's frame (marks outside it are clipped). */
async function markInView(map: Locator, selector: string): Promise<Locator> {
  const frame = (await map.boundingBox())!;
  const boxes = await map
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
  const index = boxes.findIndex(
    (box) =>
      box.left >= frame.x &&
      box.top >= frame.y &&
      box.right <= frame.x + frame.width &&
      box.bottom <= frame.y + frame.height,
  );
  expect(index, `a mark ${selector} in view`).toBeGreaterThanOrEqual(0);
  return map.locator(selector).nth(index);
}

async function openDemoPlanMap(page: Page, language: Language) {
  await openDemoBoard(page);
  const planId = page.url().split('/plans/')[1]!.split(/[/?#]/)[0]!;
  await page.getByTestId('plan-venues-map').click();
  await expect(page).toHaveURL(new RegExp(`/venues\\?plan=${planId}$`));
  await expect(page.getByTestId('map-plan-count')).toContainText(language === 'zh' ? '已用圆环标出' : 'ringed');
}

for (const language of ['en', 'zh'] as Language[]) {
  test(`the venue map clusters by grade, highlights the plan's venues and opens a venue (${language})`, async ({
    page,
  }) => {
    const s = STRINGS[language].venueMap;
    await signIn(page, 'officer', language);
    await page.goto('/venues');
    const map = page.getByTestId('venue-map');

    // The base that ships with the application, and whose it is.
    await expect(map.locator('path[stroke="#7a5c2e"]')).toHaveCount(1);
    await expect(map.locator('.leaflet-control-attribution')).toContainText('DCW-GMT');
    await expect(page.getByText(s.noTiles)).toBeVisible();

    // Clusters and single venues, in the three grades' colours, which the legend names.
    await expect(map.locator('.venue-cluster').first()).toBeVisible();
    const colours = await markColours(map);
    for (const rgb of Object.values(GRADE_RGB)) expect(colours).toContain(rgb);
    const legend = page.getByTestId('venue-map-legend');
    for (const grade of ['A', 'B', 'C']) await expect(legend).toContainText(s.grade.replace('{{grade}}', grade));
    await screenshot(page, `venue-map-${language}`);

    // A cluster zooms in until it splits: more marks than before.
    const before = await marks(map).count();
    const cluster = await markInView(map, '.venue-cluster');
    expect(Number(await cluster.locator('.venue-cluster-count').textContent())).toBeGreaterThan(1);
    await cluster.click();
    await expect.poll(() => marks(map).count()).toBeGreaterThan(before);
    await screenshot(page, `venue-map-zoomed-${language}`);

    // Opened from the plan's board: the venues its engagements are placed at are ringed, alone or in
    // the clusters that hold them, and the others are not.
    await openDemoPlanMap(page, language);
    await expect(legend).toContainText(s.planVenue);
    await expect(map.locator('.venue-mark-plan').first()).toBeVisible();
    await expect(map.locator('.venue-mark-other').first()).toBeAttached();
    await screenshot(page, `venue-map-plan-${language}`);
    await expectAccessible(page, `venue map (${language})`);
    if (language === 'zh') {
      // Venues officers added under the name they gave, with no Chinese one (another flow adds one), are data.
      const catalogue = (await (await page.request.get('/api/venues?scope=ALL&size=1000')).json()) as {
        content: { nameEn: string; nameZh?: string | null }[];
      };
      const namesWithoutChinese = catalogue.content.filter((venue) => !venue.nameZh).map((venue) => venue.nameEn);
      await expectNoEnglishUi(page, 'venue map', namesWithoutChinese);
    }

    // A venue's mark is a button the keyboard reaches: Enter opens the venue.
    const venue = await markInView(map, '.venue-marker');
    const venueId = (await venue.getAttribute('class'))!.match(/venue-marker-(\S+)/)![1]!;
    await expect(venue).toHaveAttribute('aria-label', /.+/);
    await venue.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/venues/${venueId}$`));
    await expect(page.getByTestId('venue-spaces')).toBeVisible();
  });
}
