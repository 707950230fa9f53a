import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

const PG = 'postgres://localhost/convivio';

/** The problems loadConfig lists for `env`, or [] when it accepts it. */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

describe('JOB_WORKERS', () => {
  it('defaults to the engine default, and takes 0 (no in-process worker) to 64 on PostgreSQL', () => {
    expect(loadConfig({}).jobWorkers).toBeNull();
    expect(loadConfig({ DATABASE_URL: PG, JOB_WORKERS: '0' }).jobWorkers).toBe(0);
    expect(loadConfig({ DATABASE_URL: PG, JOB_WORKERS: '8' }).jobWorkers).toBe(8);
    expect(loadConfig({ JOB_WORKERS: '1' }).jobWorkers).toBe(1);
  });

  it('refuses a value that is not a whole number from 0 to 64, and anything but 1 on PGlite, saying why', () => {
    expect(problems({ DATABASE_URL: PG, JOB_WORKERS: 'two' })).toEqual([
      'JOB_WORKERS must be a whole number from 0 to 64, got "two"',
    ]);
    expect(problems({ DATABASE_URL: PG, JOB_WORKERS: '65' })).toEqual([
      'JOB_WORKERS must be a whole number from 0 to 64, got "65"',
    ]);
    const pglite = problems({ JOB_WORKERS: '0' });
    expect(pglite).toHaveLength(1);
    expect(pglite[0]).toMatch(/^JOB_WORKERS=0 needs PostgreSQL \(DATABASE_URL\): the embedded PGlite database/);
  });
});
