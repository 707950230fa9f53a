// The whole test suite: build and type-check, then every Vitest suite (unit, API on PGlite and
// PostgreSQL, data set, the compiled command, browser) with the lint, the browser scripts'
// type-check, the import rules and the formatting check beside them. Ends with a "N passed,
// N failed" line.
// Under CI=true a missing PostgreSQL or Chromium fails the run instead of skipping tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { runCheckLanes } from './check-lanes.mjs';
import { ENGINE_PACKAGES } from './engine-packages.mjs';
import { ensureChromium, ensurePostgresBin } from './system-deps.mjs';
import { startTestPostgres } from './test-postgres.mjs';
import { tscExecutable } from './tsc.mjs';

const env = { ...process.env };
const onCi = /^(1|true)$/i.test(env.CI ?? '');
const step = (title) => console.log(`\n=== ${title} ===`);
const fail = (line) => {
  console.error(line);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
};

// The checks run in lanes side by side (see check-lanes.mjs). The type-check of everything, the
// lint, the browser scripts' type-check, the import rules and the formatting check start with the
// build and run beside it and the tests at the lowest priority, so that the build and the tests
// have the processors first and the checks fill what is left (the build uses about one processor;
// then the tests' waits and their last files; the machine is busy throughout,
// bench/results/test-suite.md). The tests start once the build is done (they run the compiled
// command; the build type-checks the packages' sources as it compiles them). The first failing
// check stops the build or the tests.
// dependency-cruiser and oxfmt export no subpath for their commands, so they are run from where npm installs them.
const depcruise = path.join('node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const oxfmt = path.join('node_modules', 'oxfmt', 'bin', 'oxfmt');
const packages = fs
  .readdirSync('packages', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `packages/${d.name}`);
const sources = packages.map((p) => `${p}/src`);
let tsc;
try {
  tsc = tscExecutable();
} catch (err) {
  fail(`ERROR: ${err.message}`);
}
const eslint = path.join('node_modules', 'eslint', 'bin', 'eslint.js');
// The engines each lint as their own program (eslint.config.js), in the lane beside the rest.
const otherPackages = packages.filter((p) => !ENGINE_PACKAGES.includes(p));
const checksBesideTests = [
  [
    {
      // The largest check: server, web, shared, bench and scripts as one type-checked program.
      title: 'lint',
      args: [eslint, ...otherPackages, 'bench', 'scripts'],
      failure: 'The linter found problems (eslint.config.js: typescript-eslint, type-aware).',
    },
  ],
  [
    {
      title: 'lint of the engines',
      args: [eslint, ...ENGINE_PACKAGES],
      failure: 'The linter found problems in the engines (eslint.config.js: typescript-eslint, type-aware).',
    },
    {
      title: 'type-check',
      command: tsc,
      args: ['--noEmit', '-p', 'tsconfig.json'],
      failure: 'The type-check failed.',
    },
    {
      title: 'browser scripts',
      command: tsc,
      args: ['-p', 'packages/web/static/tsconfig.json'],
      failure: 'The browser scripts do not type-check.',
    },
    {
      title: 'import rules',
      args: [
        depcruise,
        ...sources,
        '--config',
        '.dependency-cruiser.cjs',
        '--exclude',
        '(\\.test\\.ts$|/test/)',
        '--output-type',
        'err',
      ],
      failure: 'An import breaks the rules of .dependency-cruiser.cjs (see ARCHITECTURE.md).',
    },
    {
      title: 'formatting',
      args: [oxfmt, '--check'],
      failure: 'Some files are not formatted: run `npm run format` (oxfmt, .oxfmtrc.json).',
    },
  ],
];

step('the build, and beside it and the tests the type-check, lint, browser scripts, import rules and formatting');
const stopChecks = new AbortController();
const checks = runCheckLanes(checksBesideTests, env, { priority: 19, signal: stopChecks.signal });
let checkFailed = null;
let checksDone = false;
let child = null;
// A failing check stops the tests (or keeps them from starting).
void checks.then((failed) => {
  checksDone = true;
  checkFailed = failed;
  if (failed) child?.kill('SIGTERM');
});
// Stopping the run (Ctrl-C, kill) stops the tests and the checks, then the PostgreSQL server (test-postgres.mjs).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    stopChecks.abort();
    if (child) child.kill(signal);
    else process.exit(1);
  });
const built = runCheckLanes([[{ title: 'build', args: ['scripts/build.mjs'], failure: 'The build failed.' }]], env);
let pgServer = null;
/** Ends the run before the tests: the checks are stopped, the build ends, the PostgreSQL server stops, then `line` is the failure. */
const failBeforeTests = async (line) => {
  stopChecks.abort();
  await Promise.all([checks, built]);
  pgServer?.stop();
  fail(line);
};

if (!env.TEST_DATABASE_URL) {
  const bin = ensurePostgresBin();
  if (bin) {
    try {
      pgServer = startTestPostgres(bin);
    } catch (err) {
      await failBeforeTests(`ERROR: ${err.message}`);
    }
    env.TEST_DATABASE_URL = pgServer.url;
    console.log(`PostgreSQL test server: ${pgServer.url}`);
  } else if (onCi) {
    await failBeforeTests(
      'ERROR: CI=true and no PostgreSQL server is available (install postgresql, or set TEST_DATABASE_URL).',
    );
  } else {
    console.warn('WARNING: no PostgreSQL server available; database tests run on PGlite only.');
  }
}
const chromium = ensureChromium();
if (chromium) env.CHROMIUM_PATH = chromium;
else if (onCi)
  await failBeforeTests('ERROR: CI=true and no Chromium (install chromium-headless-shell, or set CHROMIUM_PATH).');
else console.warn('WARNING: Chromium is not available; browser tests are skipped.');

const failedBuild = await built;
if (failedBuild || checkFailed) await failBeforeTests((failedBuild ?? checkFailed).failure);

step('tests, and beside them what is left of the checks');
// Test results go to test-results/ (ignored by git).
const report = 'test-results/vitest.json';
fs.mkdirSync('test-results', { recursive: true });
fs.rmSync(report, { force: true });
const vitest = createRequire(import.meta.url).resolve('vitest/vitest.mjs');
const args = [
  vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  // Each file's time with its hooks, for scripts/test-durations.mjs.
  '--reporter=./scripts/file-times-reporter.mjs',
  ...process.argv.slice(2),
];
// The tests' temporary files go to a directory of this run's own, removed when the tests end: a
// test process that Vitest ends with a signal cannot clean up after itself (its Chromium leaves
// its profile directory behind), nor can a run that is stopped.
const testTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-tests-'));
child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...env, TMPDIR: testTmp } });
const status = await new Promise((resolve) => child.on('close', (code, signal) => resolve(signal ? 1 : code)));
pgServer?.stop();
fs.rmSync(testTmp, { recursive: true, force: true });
if (!checksDone) console.log('\nThe tests are done; waiting for the checks beside them.');
const failedCheck = await checks;
if (failedCheck) console.error(failedCheck.failure);
let passed = 0,
  failed = 0,
  skipped = 0;
try {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
  // A test file that fails to load (e.g. a tool missing on CI) counts as a failure.
  failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} catch {
  failed = Math.max(failed, 1);
}
if (failedCheck) failed = Math.max(failed, 1);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(status === 0 && failed === 0 && passed > 0 && !failedCheck ? 0 : 1);
