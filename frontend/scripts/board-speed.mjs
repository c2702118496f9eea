// How fast the plan board is, measured in Debian's Chromium against a running application.
// Prints its figures; asserts nothing (a speed figure on a shared machine is a reading, not a test).
//
//   PLANNER_BASE_URL=http://localhost:8093 node scripts/board-speed.mjs [plan.json]
//
// plan.json defaults to target/speed-plan.json; make it with
//   java -jar backend/target/protocol-planner.jar generate --delegations 120 --venues 456 --days 7 --seed 2 \
//       --output frontend/target/speed-plan.json
// The script imports it as a new live plan (as officer), solves it for 30 s so that the board has
// engagements to drag, then:
//   - loads the board 5 times: the time from its data's arrival (performance mark board-data) to
//     data-board-ready="true" (mark board-ready), median of 5;
//   - drags an engagement an hour along its row 3 times to warm up, then 20 times: the time from
//     dropping it to the score preview on screen, p95 of 20.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.PLANNER_BASE_URL ?? 'http://localhost:8093';
const planFile = process.argv[2] ?? 'target/speed-plan.json';
const officer = `Basic ${Buffer.from('officer:demo').toString('base64')}`;

async function api(method, path, body) {
    const response = await fetch(`${base}${path}`, {
        method,
        headers: { Authorization: officer, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

const imported = await api('POST', '/api/plans/import', readFileSync(planFile, 'utf8'));
const planId = imported.planId;
console.log(`imported plan ${planId} from ${planFile}`);
await api('POST', `/api/plans/${planId}/solve`, { timeLimitSeconds: 30 });
for (;;) {
    const status = await api('GET', `/api/plans/${planId}/solve`);
    if (!['QUEUED', 'SOLVING'].includes(status.state)) {
        console.log(`solved: ${status.state}, score ${JSON.stringify(status.bestScore)}`);
        break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
}

const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
    ],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(`${base}/sign-in`);
await page.locator('input[autocomplete="username"]').fill('officer');
await page.locator('input[type="password"]').fill('demo');
await page.locator('button[type="submit"]').click();
await page.getByTestId('current-user').waitFor();

const loads = [];
for (let i = 0; i < 5; i += 1) {
    await page.goto(`${base}/plans/${planId}`);
    await page.locator('[data-board-ready="true"]').waitFor({ timeout: 120_000 });
    loads.push(await page.evaluate(() => performance.measure('board', 'board-data', 'board-ready').duration));
}
console.log(
    `board: data to data-board-ready, ms: ${loads.map(Math.round).join(', ')}; median ${Math.round(median(loads))}`,
);

// The first movable engagement drawn whole in the timeline's visible part (one that starts before
// the window lies under the rows' labels), as e2e/plan-board.spec.ts picks it.
async function movableEngagement() {
    // Scrolled to the timeline, as an officer dragging works: the plan's own venues' notice and the
    // score's figures above it may leave the engagements of its first rows below the screen's edge.
    await page.locator('.plan-timeline').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const items = page.locator('.vis-item.engagement:not(.engagement-pinned)');
    const index = await items.evaluateAll((elements) => {
        const panel = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
        return elements.findIndex((element) => {
            const box = element.getBoundingClientRect();
            return (
                box.width >= 12 &&
                box.left >= panel.left &&
                box.right <= panel.right - 80 &&
                box.top >= panel.top &&
                box.bottom <= Math.min(panel.bottom, window.innerHeight)
            );
        });
    });
    if (index < 0) throw new Error('no engagement to drag in view');
    return items.nth(index);
}

async function drag(direction) {
    const item = await movableEngagement();
    const box = await item.boundingBox();
    const hour = await page.evaluate(() => {
        const grid = document.querySelectorAll('.vis-time-axis .vis-grid.vis-minor');
        return Math.abs(grid[1].getBoundingClientRect().left - grid[0].getBoundingClientRect().left);
    });
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + (direction * hour) / 2, y, { steps: 3 });
    await page.mouse.move(x + direction * hour, y, { steps: 3 });
    const dropped = Date.now();
    await page.mouse.up();
    await page.getByTestId('move-preview-result').waitFor({ timeout: 120_000 });
    const elapsed = Date.now() - dropped;
    await page.locator('.ant-modal-footer button').first().click(); // cancel: nothing is saved
    await page.getByTestId('move-preview').waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape'); // the engagement's details, opened by picking it up
    return elapsed;
}

for (let i = 0; i < 3; i += 1) await drag(i % 2 === 0 ? 1 : -1);
const drags = [];
for (let i = 0; i < 20; i += 1) drags.push(await drag(i % 2 === 0 ? 1 : -1));
console.log(`drag to score preview, ms: ${drags.join(', ')}; p95 ${percentile(drags, 95)}, median ${median(drags)}`);
await browser.close();
