// Runs the Playwright tests for Maven's integration-test phase and reports them in verify.
//
//   node scripts/browser-tests.mjs run    runs `playwright test`, records its exit code, exits 0
//   node scripts/browser-tests.mjs check  fails when the recorded run failed
//
// `run` never fails the build itself: Maven would then skip post-integration-test, where
// spring-boot:stop ends the application the tests ran against (as Failsafe splits its
// integration-test and verify goals for the same reason).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const result = 'target/playwright/exit-code';
const [command] = process.argv.slice(2);

if (command === 'run') {
    mkdirSync('target/playwright', { recursive: true });
    const run = spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit', env: process.env });
    writeFileSync(result, String(run.status ?? 1));
} else if (command === 'check') {
    if (!existsSync(result)) {
        console.log('Browser tests did not run (skipped).');
    } else if (readFileSync(result, 'utf8').trim() !== '0') {
        console.error('Browser tests failed: see the Playwright output above and target/playwright/results.');
        process.exit(1);
    } else {
        console.log('Browser tests passed; screenshots in frontend/target/playwright/screenshots.');
    }
} else {
    console.error('usage: node scripts/browser-tests.mjs run|check');
    process.exit(2);
}
