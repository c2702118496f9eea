// Runs `npm ci` only when node_modules does not match package-lock.json, so that a warm Maven build
// does not reinstall every package (npm ci always deletes node_modules first).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const stamp = 'node_modules/.installed-from-lock';
const lockHash = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) {
    console.log('node_modules matches package-lock.json; skipping npm ci');
} else {
    // --prefer-offline: packages already in npm's cache are not re-validated against the registry,
    // one request per package otherwise; a fresh machine still downloads what it lacks.
    execSync('npm ci --no-audit --no-fund --prefer-offline', { stdio: 'inherit' });
    writeFileSync(stamp, lockHash);
}
