import { zCharterCycleRecord, type CharterCycleRecord } from '@convivio/shared';
import { registerSection } from '../dataset/section.ts';
import { AppError, type FieldIssue, parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { missingReferences, type Reference } from '../records/references.ts';
import {
  deleteOtherAssessments,
  findAssessment,
  readCycleRecords,
  upsertAssessment,
  upsertCycle,
} from './cycle-queries.ts';
import { findSignatory } from './queries.ts';

/** Refuses assessments of a city that is not a signatory or of a commitment the charter does not list (after the charter is written). */
async function assessmentIssues(
  tx: Parameters<typeof findSignatory>[0],
  rec: CharterCycleRecord,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const commitments = new Set(
    (await tx.query<{ id: string }>('SELECT id FROM charter_commitments')).rows.map((r) => r.id),
  );
  for (const [i, a] of rec.assessments.entries()) {
    if (!(await findSignatory(tx, a.cityId)))
      issues.push({
        field: `charterCycles(${rec.id}).assessments.${i}.cityId`,
        message: `city "${a.cityId}" is not a signatory of the charter: only signatory cities are assessed`,
      });
    if (!commitments.has(a.commitmentId))
      issues.push({
        field: `charterCycles(${rec.id}).assessments.${i}.commitmentId`,
        message: `commitment "${a.commitmentId}" is not in the charter`,
      });
  }
  return issues;
}

// The charter's monitoring cycles (`charterCycles`, a list), each with its assessments; after the charter.
registerSection<CharterCycleRecord>({
  key: 'charterCycles',
  order: 251,
  csvColumns: ['id', 'name', 'startsOn', 'endsOn', 'status', 'assessments', 'source'],
  parse: (raw) => parseOrThrow(zCharterCycleRecord, blanksToNull(raw)),
  async check(rec, scope) {
    const cities = await missingReferences(
      scope.lookup,
      'cities',
      rec.assessments.map((a, i): Reference => [`assessments.${i}.cityId`, a.cityId]),
    );
    const practices = await missingReferences(
      scope.lookup,
      'practices',
      rec.assessments.flatMap((a, i) =>
        a.practiceIds.map((id, j): Reference => [`assessments.${i}.practiceIds.${j}`, id]),
      ),
    );
    return [...cities, ...practices];
  },
  async write(tx, rec) {
    const issues = await assessmentIssues(tx, rec);
    const first = issues[0];
    if (first)
      throw new AppError(
        'import_invalid',
        `Nothing was imported: ${first.field}: ${first.message}`,
        first.field,
        issues,
      );
    const done = await upsertCycle(tx, rec.id, rec, rec.source);
    await deleteOtherAssessments(
      tx,
      rec.id,
      rec.assessments.map((a) => `${a.cityId} ${a.commitmentId}`),
    );
    for (const a of rec.assessments) {
      const key = { cycleId: rec.id, cityId: a.cityId, commitmentId: a.commitmentId };
      const version = ((await findAssessment(tx, rec.id, a.cityId, a.commitmentId))?.version ?? 0) + 1;
      await upsertAssessment(tx, key, a, version, { id: null, name: 'import' });
    }
    return done;
  },
  async readAll(db) {
    return (await readCycleRecords(db)).map((record) => ({ record, status: 'published' }));
  },
});
