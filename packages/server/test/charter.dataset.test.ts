import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../src/dataset-sections.ts';
import type { Database } from '../src/db/database.ts';
import { AppError } from '../src/errors.ts';
import { ENGINES, freshDatabase } from './harness.ts';

type Charter = {
  id: string;
  signatoryCount: number | null;
  signatoryCityIds: string[];
  commitments: { id: string; role: string; text: string }[];
} & Record<string, unknown>;

const exported = async (db: Database) => (await exportDataset(db, { includeDrafts: true })).charter as Charter;
const rejected = (db: Database, charter: unknown) =>
  importDataset(db, { format: 'convivio/v1', charter }).then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe.each(ENGINES)('the charter in the data set on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  let bundled: Charter;

  beforeAll(async () => {
    // The run's seeded template: migrated and loaded with the bundled data set by seedIfEmpty.
    ({ db, drop } = await freshDatabase(engine, { seeded: true }));
    bundled = await exported(db);
  });
  afterAll(async () => drop?.());

  it('imports the bundled charter: 39 signatories stated, Thessaloniki and Turin among the signatory cities, four commitments', async () => {
    expect(bundled).toMatchObject({
      id: 'charter-integrating-cities',
      name: 'Integrating Cities Charter',
      signatoryCount: 39,
    });
    expect(bundled.signatoryCityIds).toEqual(expect.arrayContaining(['city-thessaloniki', 'city-turin']));
    expect(bundled.commitments.map((c) => c.role)).toEqual(['policy-maker', 'service-provider', 'employer', 'buyer']);
    expect(bundled.source).toEqual({ document: '003_af17a5ffd946fbde.txt', section: 'EU funds underspent' });
  });

  it('re-imports its own export as an update, changing nothing', async () => {
    const summary = await importDataset(db, { format: 'convivio/v1', charter: bundled });
    expect(summary.charter).toEqual({ created: 0, updated: 1 });
    expect(await exported(db)).toEqual(bundled);
  });

  it('rejects a signatory city that exists nowhere, naming the field, and changes nothing', async () => {
    const err = await rejected(db, {
      ...bundled,
      signatoryCount: 40,
      signatoryCityIds: [...bundled.signatoryCityIds, 'city-atlantis'],
    });
    expect(err).toBeInstanceOf(AppError);
    expect(err!.code).toBe('import_invalid');
    expect(err!.issues[0]).toMatchObject({ field: `charter[0].signatoryCityIds.${bundled.signatoryCityIds.length}` });
    expect(err!.issues[0].message).toContain('city-atlantis');
    expect(await exported(db)).toEqual(bundled);
  });

  it('accepts a signatory city that arrives in the same file', async () => {
    const city = { id: 'city-newtown', name: 'Newtown', country: 'IE', language: 'en' };
    await importDataset(db, {
      format: 'convivio/v1',
      cities: [city],
      charter: { ...bundled, signatoryCityIds: [...bundled.signatoryCityIds, 'city-newtown'] },
    });
    expect((await exported(db)).signatoryCityIds).toContain('city-newtown');
    await importDataset(db, { format: 'convivio/v1', charter: bundled });
    expect((await exported(db)).signatoryCityIds).not.toContain('city-newtown');
  });

  it.each([
    ['a count in words', { signatoryCount: 'thirty-nine' }, 'charter[0].signatoryCount'],
    [
      'an unknown role',
      { commitments: [{ id: 'charter-integrating-cities-gardener', role: 'gardener', text: 'Tend the parks' }] },
      'charter[0].commitments.0.role',
    ],
    ['another charter', { id: 'charter-other' }, 'charter[0].id'],
    ['a city listed twice', { signatoryCityIds: ['city-turin', 'city-turin'] }, 'charter[0].signatoryCityIds.1'],
  ])('rejects %s, naming the field', async (_name, change, field) => {
    const err = await rejected(db, { ...bundled, ...change });
    expect(err?.issues.map((i) => i.field)).toContain(field);
    expect(await exported(db)).toEqual(bundled);
  });

  it('keeps a commitment that cities have recorded a status for', async () => {
    await db.query(
      "INSERT INTO city_commitments (city_id, commitment_id, status) VALUES ('city-turin', 'charter-integrating-cities-buyer', 'planned')",
    );
    const err = await rejected(db, { ...bundled, commitments: bundled.commitments.filter((c) => c.role !== 'buyer') });
    expect(err?.issues[0]).toMatchObject({ field: 'charter[0].commitments' });
    expect(err?.issues[0].message).toContain('charter-integrating-cities-buyer');
    expect((await exported(db)).commitments).toHaveLength(4);
  });

  it('keeps the signature dates already recorded when the charter is imported again', async () => {
    await db.query("UPDATE charter_signatories SET signed_on = '2018-11-22' WHERE city_id = 'city-turin'");
    await importDataset(db, { format: 'convivio/v1', charter: bundled });
    expect(
      (
        await db.query<{ d: string }>(
          "SELECT signed_on::text AS d FROM charter_signatories WHERE city_id = 'city-turin'",
        )
      ).rows[0].d,
    ).toBe('2018-11-22');
  });
});
