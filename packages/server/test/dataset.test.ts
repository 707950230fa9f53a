import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../src/cli/main.ts';
import type { CliIo } from '../src/cli/io.ts';
import { exportDataset, exportSectionCsv, importDataset } from '../src/dataset-sections.ts';
import { AppError } from '../src/errors.ts';
import { openPglite } from '../src/db/pglite.ts';
import { ENGINES, freshDatabase } from './harness.ts';
import type { Database } from '../src/db/database.ts';
import { templateDump } from './template-dumps.ts';

const count = async (db: Database, table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;

describe.each(ENGINES)('data set import and export on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    // The run's seeded template: migrated and loaded with the bundled data set by seedIfEmpty.
    ({ db, drop } = await freshDatabase(engine, { seeded: true }));
  });
  afterAll(async () => drop?.());

  it('loads the bundled data set on first start', async () => {
    expect(await count(db, 'cities')).toBeGreaterThanOrEqual(8);
    expect(await count(db, 'practices')).toBeGreaterThanOrEqual(40);
  });

  it('rejects a file with any invalid record, lists every one with position and field, and changes nothing', async () => {
    const before = {
      cities: await count(db, 'cities'),
      practices: await count(db, 'practices'),
      revisions: await count(db, 'revisions'),
    };
    const file = {
      format: 'convivio/v1',
      cities: [{ id: 'city-newtown', name: 'Newtown', country: 'IE', language: 'en' }],
      practices: [
        { id: 'practice-good-one', kind: 'practice', name: 'A valid practice', cityId: 'city-newtown', language: 'en' },
        { id: 'practice-bad-kind', kind: 'festival', name: 'Bad kind', cityId: null, language: 'en' },
        { id: 'practice-bad-city', kind: 'practice', name: 'Unknown city', cityId: 'city-atlantis', language: 'en' },
        {
          id: 'practice-bad-numbers',
          kind: 'practice',
          name: 'Bad numbers',
          cityId: null,
          language: 'en',
          quantitativeResults: [{ indicator: 'jobs', achieved: 'lots' }],
        },
      ],
    };
    const err = await importDataset(db, file).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('import_invalid');
    const fields = err.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'practices[1].kind',
        'practices[2].cityId',
        'practices[3].quantitativeResults.0.achieved',
      ]),
    );
    expect(err.issues.find((i: { field: string }) => i.field === 'practices[2].cityId').message).toContain(
      'city-atlantis',
    );
    expect(await count(db, 'cities')).toBe(before.cities);
    expect(await count(db, 'practices')).toBe(before.practices);
    expect(await count(db, 'revisions')).toBe(before.revisions);
  });

  it('rejects duplicate ids and unknown sections', async () => {
    const dup = await importDataset(db, {
      format: 'convivio/v1',
      cities: [
        { id: 'city-x', name: 'X', country: 'FR', language: 'fr' },
        { id: 'city-x', name: 'X2', country: 'FR', language: 'fr' },
      ],
    }).catch((e) => e);
    expect(dup.issues[0]).toMatchObject({ field: 'cities[1].id' });
    const unknown = await importDataset(db, { format: 'convivio/v1', widgets: [] }).catch((e) => e);
    expect(unknown.message).toContain('widgets');
    const format = await importDataset(db, { format: 'other' }).catch((e) => e);
    expect(format.field).toBe('format');
  });

  it('updates records on re-import instead of duplicating them, keeping a revision', async () => {
    const exported = (await exportDataset(db, { includeDrafts: true })) as {
      practices: { id: string; name: string }[];
    };
    const before = await count(db, 'practices');
    const milma = exported.practices.find((p) => p.id === 'practice-fuenlabrada-milma')!;
    milma.name = 'MILMA Project (renamed)';
    const summary = await importDataset(db, exported);
    expect(summary.practices.created).toBe(0);
    expect(summary.practices.updated).toBe(before);
    expect(await count(db, 'practices')).toBe(before);
    const row = (
      await db.query<{ name: string; version: number }>(
        "SELECT name, version FROM practices WHERE id = 'practice-fuenlabrada-milma'",
      )
    ).rows[0];
    expect(row.name).toBe('MILMA Project (renamed)');
    expect(row.version).toBe(2);
  });

  it('exports practices as CSV with a header and one quoted row per record', async () => {
    const csv = await exportSectionCsv(db, 'practices', { includeDrafts: false });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0].startsWith('id,kind,name,cityId')).toBe(true);
    expect(lines.some((l) => l.startsWith('practice-fuenlabrada-milma,practice,'))).toBe(true);
  });
});

describe('the convivio command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-cli-'));
  const io = (stdin = ''): CliIo & { out: string; err: string } => {
    const o = {
      out: '',
      err: '',
      stdout: (t: string) => {
        o.out += t;
      },
      stderr: (t: string) => {
        o.err += t;
      },
      readStdin: async () => stdin,
      isTty: false,
    };
    return o;
  };
  beforeAll(async () => {
    // The data directory starts as the run's seeded template: what loading the bundled data on a
    // first start gives (bootstrap, tested on both engines by setup-lock.test.ts), without paying
    // for it here. Every command below still opens it, migrates and checks it as on any start.
    const dataDir = path.join(dir, 'db');
    await (await openPglite(dataDir, templateDump(inject('testTemplates').pglite.seeded), { small: true })).close();
    process.env.DATA_DIR = dataDir;
  });
  afterAll(() => {
    delete process.env.DATA_DIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the first administrator with a password from stdin, and refuses a short one', async () => {
    const ok = io('a-long-enough-password\n');
    expect(await runCli(['user', 'create', '--role', 'admin', '--email', 'Admin@Example.org'], ok)).toBe(0);
    expect(ok.out).toContain('admin admin@example.org');
    const short = io('short\n');
    expect(await runCli(['user', 'create', '--role', 'admin', '--email', 'b@example.org'], short)).toBe(1);
    expect(short.err).toMatch(/password must have at least 10/i);
  });

  it('imports a bad file all-or-nothing and reports each problem', async () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'convivio/v1',
        practices: [
          { id: 'practice-x', kind: 'practice', name: 'X ok', language: 'en' },
          { id: 'bad id', kind: 'practice', name: 'Y', language: 'english' },
        ],
      }),
    );
    const out = io();
    expect(await runCli(['import', file], out)).toBe(1);
    expect(out.err).toContain('Nothing was imported');
    expect(out.err).toContain('practices[1].id');
    expect(out.err).toContain('practices[1].language');
    const exported = io();
    expect(await runCli(['export', '--format', 'json'], exported)).toBe(0);
    expect(exported.out).not.toContain('practice-x');
  });

  it('imports a good file and exports it back', async () => {
    const file = path.join(dir, 'good.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'convivio/v1',
        practices: [
          { id: 'practice-cli-added', kind: 'practice', name: 'Added from the command line', language: 'en' },
        ],
      }),
    );
    const out = io();
    expect(await runCli(['import', file], out)).toBe(0);
    expect(out.out).toContain('practices: 1 created, 0 updated');
    const csv = io();
    expect(await runCli(['export', '--format', 'csv'], csv)).toBe(0);
    expect(csv.out).toContain('practice-cli-added');
  });
});
