import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../src/dataset-sections.ts';
import type { Database } from '../src/db/database.ts';
import { AppError } from '../src/errors.ts';
import { ENGINES, freshDatabase } from './harness.ts';

const source = { document: '001_5f1562a76201d6d3.txt', section: 'Programme' };
const cycle = {
  id: 'cycle-2025-2026',
  name: 'Monitoring 2025–2026',
  startsOn: '2025-01-01',
  endsOn: '2026-12-31',
  state: 'open',
  assessments: [
    {
      cityId: 'city-turin',
      commitmentId: 'charter-integrating-cities-employer',
      status: 'in-progress',
      evidence: 'As the source reports',
      evidenceLinks: [],
      practiceIds: ['practice-fuenlabrada-milma'],
      source,
    },
  ],
  source,
};

const rejected = (db: Database, charterCycles: unknown) =>
  importDataset(db, { format: 'convivio/v1', charterCycles }).then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe.each(ENGINES)('monitoring cycles in the data set on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    // The run's seeded template: migrated and loaded with the bundled data set by seedIfEmpty.
    ({ db, drop } = await freshDatabase(engine, { seeded: true }));
  });
  afterAll(async () => drop?.());

  it('bundles no cycle and no assessment: the sources report no city’s progress', async () => {
    expect((await exportDataset(db, { includeDrafts: true })).charterCycles).toEqual([]);
  });

  it('imports a cycle with its assessments and their provenance, and exports it back unchanged', async () => {
    const summary = await importDataset(db, { format: 'convivio/v1', charterCycles: [cycle] });
    expect(summary.charterCycles).toEqual({ created: 1, updated: 0 });
    expect((await exportDataset(db, { includeDrafts: true })).charterCycles).toEqual([cycle]);
    const again = await importDataset(db, { format: 'convivio/v1', charterCycles: [cycle] });
    expect(again.charterCycles).toEqual({ created: 0, updated: 1 });
    expect((await exportDataset(db, { includeDrafts: true })).charterCycles).toEqual([cycle]);
  });

  it.each([
    [
      'a city that did not sign the charter',
      { ...cycle.assessments[0], cityId: 'city-vienna' },
      'charterCycles(cycle-2025-2026).assessments.1.cityId',
      /not a signatory/,
    ],
    [
      'a commitment the charter does not list',
      { ...cycle.assessments[0], commitmentId: 'charter-integrating-cities-gardener' },
      'charterCycles(cycle-2025-2026).assessments.1.commitmentId',
      /not in the charter/,
    ],
    [
      'a practice that exists nowhere',
      { ...cycle.assessments[0], cityId: 'city-thessaloniki', practiceIds: ['practice-nowhere'] },
      'charterCycles[0].assessments.1.practiceIds.0',
      /practice-nowhere/,
    ],
    [
      'an unknown status',
      { ...cycle.assessments[0], cityId: 'city-thessaloniki', status: 'done' },
      'charterCycles[0].assessments.1.status',
      /must be one of/,
    ],
  ])('rejects an assessment of %s, naming the field, and imports nothing', async (_name, extra, field, message) => {
    const err = await rejected(db, [
      { ...cycle, name: 'Renamed', assessments: [{ ...cycle.assessments[0], status: 'achieved' }, extra] },
    ]);
    expect(err).toBeInstanceOf(AppError);
    expect(err!.code).toBe('import_invalid');
    const issue = err!.issues.find((i) => i.field === field);
    expect(issue, JSON.stringify(err!.issues)).toBeDefined();
    expect(issue!.message).toMatch(message);
    expect((await exportDataset(db, { includeDrafts: true })).charterCycles).toEqual([cycle]);
  });

  it('refuses a cycle longer than two years', async () => {
    const err = await rejected(db, [{ ...cycle, id: 'cycle-long', endsOn: '2028-01-01', assessments: [] }]);
    expect(err!.code).toBe('import_invalid');
    expect(err!.issues[0]).toMatchObject({ field: 'charterCycles[0].endsOn' });
  });
});
