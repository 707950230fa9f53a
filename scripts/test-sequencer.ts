import fs from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Where each test file's seconds in the last full run are kept (refreshed by scripts/test-durations.mjs). */
export const DURATIONS_FILE = 'scripts/test-durations.json';

/**
 * Starts the longest test files first, by the committed durations of the last full run, so that
 * the workers finish together instead of one long file running alone at the end. Vitest's own
 * order needs its results cache, which a fresh clone (CI) does not have: it then starts the
 * largest files first. Files the list does not know yet (new ones) start first, in Vitest's order.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const seconds = (
      JSON.parse(fs.readFileSync(path.join(root, DURATIONS_FILE), 'utf8')) as {
        seconds: Record<string, number>;
      }
    ).seconds;
    const known = (spec: TestSpecification) =>
      seconds[path.relative(root, spec.moduleId).split(path.sep).join('/')] ?? Number.POSITIVE_INFINITY;
    // Array.prototype.sort is stable: files of equal (or unknown) time keep Vitest's order.
    return (await super.sort(files))
      .map((spec) => ({ spec, s: known(spec) }))
      .sort((a, b) => (a.s === b.s ? 0 : b.s - a.s))
      .map(({ spec }) => spec);
  }
}
