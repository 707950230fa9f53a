// The whole test suite: type-check, then every Vitest suite (unit, API on PGlite and
// PostgreSQL, data set, browser). Ends with a "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ensureChromium, ensurePostgresBin } from './system-deps.mjs';
import { startTestPostgres } from './test-postgres.mjs';

const env = { ...process.env };
const step = (title) => console.log(`\n=== ${title} ===`);

step('type-check');
const tsc = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], { stdio: 'inherit', env });
if (tsc.status !== 0) { console.log('0 passed, 1 failed'); process.exit(1); }

let pgServer = null;
if (!env.TEST_DATABASE_URL) {
  const bin = ensurePostgresBin();
  if (bin) {
    pgServer = startTestPostgres(bin);
    env.TEST_DATABASE_URL = pgServer.url;
    console.log(`PostgreSQL test server: ${pgServer.url}`);
  } else {
    console.warn('WARNING: no PostgreSQL server available; database tests run on PGlite only.');
  }
}
const chromium = ensureChromium();
if (chromium) env.CHROMIUM_PATH = chromium;
else console.warn('WARNING: Chromium is not available; browser tests are skipped.');

step('tests');
const report = 'test-results/vitest.json';
fs.mkdirSync('test-results', { recursive: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit', env });
pgServer?.stop();
let passed = 0, failed = 0, skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests; failed = r.numFailedTests; skipped = r.numPendingTests + (r.numTodoTests ?? 0);
} catch { failed = Math.max(failed, 1); }
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(result.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
