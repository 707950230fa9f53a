import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './scripts/test-sequencer.ts';

/**
 * Tests run the TypeScript sources: every workspace package exports its `src/` under this
 * condition (and its compiled `dist/` otherwise, which `npm start` and `convivio` run).
 */
const SOURCE_CONDITION = 'convivio-source';

export default defineConfig({
  resolve: { conditions: [SOURCE_CONDITION, ...defaultClientConditions] },
  ssr: {
    resolve: { conditions: [SOURCE_CONDITION, ...defaultServerConditions], externalConditions: [SOURCE_CONDITION] },
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'data/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    globalSetup: ['packages/server/test/global-setup.ts'],
    setupFiles: ['scripts/test-worker-exit.ts'],
    testTimeout: 120_000,
    expect: {
      // A test that makes no assertion fails, rather than passing without having checked anything.
      requireAssertions: true,
      // expect.poll (pages that change after a click or a keypress) waits up to 15 s, not 1 s: a
      // shared two-processor machine can take longer than a second to answer and redraw.
      poll: { timeout: 15_000 },
    },
    hookTimeout: 180_000,
    pool: 'forks',
    // Node's own resolver (worker threads, require.resolve, tsx) sees the condition too.
    poolOptions: { forks: { execArgv: [`--conditions=${SOURCE_CONDITION}`] } },
    // Files run one after another in a worker keep its imported modules (Fastify, the routes,
    // PGlite, the contract check), which each file otherwise imports again. Every file still starts
    // its own apps on fresh databases; module-level state is set once at import (domain-links.ts)
    // or given back by the test that changes it (bench/results/test-suite.md).
    isolate: false,
    maxWorkers: 2,
    // Both workers live to the end of the run. A worker above the minimum is stopped as soon as it
    // is idle, and when two are stopped together tinypool 1.1 can reject its own teardown ("Error:
    // Terminating worker thread"), which ends the run and leaves the other workers running
    // (seen with --maxWorkers=3 and the default minimum of 1, bench/results/test-suite.md).
    minWorkers: 2,
    reporters: ['default'],
    // The longest files first (scripts/test-durations.json), so that no long file runs alone at the end.
    sequence: { sequencer: LongestFirstSequencer },
  },
});
