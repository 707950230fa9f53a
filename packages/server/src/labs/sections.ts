import type { LabFrameworkRecord, PolicyLabRecord } from '@convivio/shared';
import { zLabFrameworkRecord } from '@convivio/shared';
import { existingCityIds } from '../cities/service.ts';
import { missingRefs, registerSection, writeImportedVersion } from '../dataset/section.ts';
import { existingPracticeIds } from '../practices/service.ts';
import { existingStakeholderIds } from '../stakeholders/service.ts';
import { parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { findFramework, findLab, listLabRows, upsertFramework, upsertLab } from './queries.ts';
import { parseLab } from './service.ts';

registerSection<LabFrameworkRecord>({
  key: 'policyLabFramework',
  order: 160,
  singleton: true,
  parse(raw) {
    return parseOrThrow(zLabFrameworkRecord, blanksToNull(raw));
  },
  check: (rec, scope) => missingRefs(scope, rec.cityNotes.map((n, i): [string, string | null] => [`cityNotes.${i}.cityId`, n.cityId]), 'cities', existingCityIds, 'city'),
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
  async check(rec, scope) {
    const stakeholders: [string, string | null][] = [
      ...rec.participants.map((p, i): [string, string | null] => [`participants.${i}.stakeholderId`, p.stakeholderId]),
      ...rec.experiments.map((e, i): [string, string | null] => [`experiments.${i}.ownerStakeholderId`, e.ownerStakeholderId]),
    ];
    const practices = rec.recommendations.flatMap((r, i) => r.practiceIds.map((p, j): [string, string] => [`recommendations.${i}.practiceIds.${j}`, p]));
    return [
      ...(await missingRefs(scope, [['cityId', rec.cityId]], 'cities', existingCityIds, 'city')),
      ...(await missingRefs(scope, stakeholders, 'stakeholders', existingStakeholderIds, 'stakeholder')),
      ...(await missingRefs(scope, practices, 'practices', existingPracticeIds, 'practice')),
    ];
  },
  write: async (tx, rec) => writeImportedVersion(tx, {
    entityType: 'policy-lab', record: rec, status: 'published', currentVersion: (await findLab(tx, rec.id))?.version ?? null,
    upsert: (version) => upsertLab(tx, rec, version),
  }),
  async readAll(db) {
    return (await listLabRows(db, null)).map((r) => ({ record: r.record, status: 'published' }));
  },
  csvColumns: ['id', 'cityId', 'name', 'topic', 'area', 'currentPhase', 'phases', 'sessions', 'participants', 'experiments', 'recommendations'],
});
