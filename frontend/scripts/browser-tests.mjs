// Runs the Playwright tests beside the backend's integration tests, and reports them in verify.
//
//   node scripts/browser-tests.mjs start   starts a runner in the background and returns: it waits
//                                          until the application at PLANNER_BASE_URL is healthy, runs
//                                          `playwright test`, and records the output and exit code
//   node scripts/browser-tests.mjs wait    prints the runner's output as it comes, until it is done
//   node scripts/browser-tests.mjs check   fails when the recorded run failed
//
// Maven starts the runner in pre-integration-test, runs Failsafe's integration tests while the
// browser flows run (on a 2-core machine they ran one after the other: 5 + 15 minutes), waits in
// post-integration-test before spring-boot:stop ends the application, and fails in verify.
// Neither `start` nor `wait` fails the build: Maven would then skip post-integration-test, where the
// application is stopped (as Failsafe splits its integration-test and verify goals for that reason).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

const directory = 'target/playwright';
const result = `${directory}/exit-code`;
const output = `${directory}/output.log`;
const runnerPid = `${directory}/runner.pid`;
// A first start makes the database and the demo data: a few minutes on a busy machine.
const HEALTHY_WITHIN_MS = 10 * 60_000;
const [command] = process.argv.slice(2);

async function healthy(baseUrl) {
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  while (Date.now() < deadline) {
    try {
      const answer = await fetch(`${baseUrl}/actuator/health`);
      if (answer.ok) return true;
    } catch {
      // not listening yet
    }
    await delay(2000);
  }
  return false;
}

/** The background runner: the `start` command re-runs this script with `runner`. */
async function runner() {
  const baseUrl = process.env.PLANNER_BASE_URL;
  const log = openSync(output, 'a');
  if (!(await healthy(baseUrl))) {
    writeFileSync(log, `The application at ${baseUrl} was not healthy within ${HEALTHY_WITHIN_MS / 60_000} minutes.\n`);
    writeFileSync(result, '1');
    return;
  }
  const run = spawn('npx', ['playwright', 'test'], { stdio: ['ignore', log, log], env: process.env });
  run.on('close', (code) => writeFileSync(result, String(code ?? 1)));
}

function start() {
  mkdirSync(directory, { recursive: true });
  rmSync(result, { force: true });
  writeFileSync(output, '');
  const child = spawn(process.execPath, [process.argv[1], 'runner'], {
    detached: true,
    stdio: 'ignore',
    env: process.env,
  });
  writeFileSync(runnerPid, String(child.pid));
  child.unref();
  console.log(`Browser tests started in the background (pid ${child.pid}); output in frontend/${output}.`);
}

async function wait() {
  if (!existsSync(output)) {
    console.log('Browser tests did not run (skipped).');
    return;
  }
  let printed = 0;
  const printNew = () => {
    const size = statSync(output).size;
    if (size <= printed) return;
    const buffer = Buffer.alloc(size - printed);
    const file = openSync(output, 'r');
    readSync(file, buffer, 0, buffer.length, printed);
    closeSync(file);
    process.stdout.write(buffer);
    printed = size;
  };
  while (!existsSync(result)) {
    printNew();
    if (!alive(Number(readFileSync(runnerPid, 'utf8')))) {
      // A result may have been written between the two checks.
      if (!existsSync(result)) writeFileSync(result, '1');
      console.error('The browser-test runner ended without recording a result.');
      break;
    }
    await delay(1000);
  }
  printNew();
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function check() {
  if (!existsSync(result)) {
    console.log('Browser tests did not run (skipped).');
  } else if (readFileSync(result, 'utf8').trim() !== '0') {
    console.error(`Browser tests failed: see frontend/${output} and target/playwright/results.`);
    process.exit(1);
  } else {
    console.log('Browser tests passed; screenshots in frontend/target/playwright/screenshots.');
  }
}

switch (command) {
  case 'start':
    start();
    break;
  case 'runner':
    await runner();
    break;
  case 'wait':
    await wait();
    break;
  case 'check':
    check();
    break;
  default:
    console.error('usage: node scripts/browser-tests.mjs start|wait|check');
    process.exit(2);
}
