import type { LabFrameworkRecord, PolicyLabRecord } from '@convivio/shared';
import { zLabFrameworkRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { missingReferences, type Reference } from '../records/references.ts';
import { findFramework, listLabRows, upsertFramework, upsertLab } from './queries.ts';
import { labReferenceIssues, parseLab } from './service.ts';

registerSection<LabFrameworkRecord>({
  key: 'policyLabFramework',
  order: 160,
  singleton: true,
  parse(raw) {
    return parseOrThrow(zLabFrameworkRecord, blanksToNull(raw));
  },
  check: (rec, scope) =>
    missingReferences(
      scope.lookup,
      'cities',
      rec.cityNotes.map((n, i): Reference => [`cityNotes.${i}.cityId`, n.cityId]),
    ),
  write: (tx, rec) => upsertFramework(tx, rec),
  async readAll(db) {
    const f = await findFramework(db);
    return f ? [{ record: f, status: 'published' }] : [];
  },
});

registerSection<PolicyLabRecord>({
  key: 'policyLabs',
  order: 161,
  parse: (raw) => parseLab(raw),
  check: (rec, scope) => labReferenceIssues(rec, scope.lookup),
  write: (tx, rec) =>
    writeImportedVersion(tx, {
      table: 'policy_labs',
      entityType: 'policy-lab',
      record: rec,
      status: 'published',
      upsert: (version) => upsertLab(tx, rec, version),
    }),
  async readAll(db) {
    return (await listLabRows(db, null)).map((r) => ({ record: r.record, status: 'published' }));
  },
  csvColumns: [
    'id',
    'cityId',
    'name',
    'topic',
    'area',
    'currentPhase',
    'phases',
    'sessions',
    'participants',
    'experiments',
    'recommendations',
    'themes',
  ],
});
