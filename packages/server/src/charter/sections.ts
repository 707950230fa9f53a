import { zCharterRecord, type CharterRecord } from '@convivio/shared';
import { registerSection } from '../dataset/section.ts';
import { type FieldIssue, parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';
import { missingReferences, type Reference } from '../records/references.ts';
import { commitmentIdsInUse, findCharter, upsertCharter } from './queries.ts';

registerSection<CharterRecord>({
  key: 'charter',
  order: 250,
  singleton: true,
  parse(raw) {
    return parseOrThrow(zCharterRecord, blanksToNull(raw));
  },
  async check(rec, scope) {
    const listed = new Set(rec.commitments.map((c) => c.id));
    const dropped: FieldIssue[] = (await commitmentIdsInUse(scope.db))
      .filter((id) => !listed.has(id))
      .map((id) => ({
        field: 'commitments',
        message: `commitment "${id}" has statuses recorded by cities and cannot be left out`,
      }));
    const cities = await missingReferences(
      scope.lookup,
      'cities',
      rec.signatoryCityIds.map((id, i): Reference => [`signatoryCityIds.${i}`, id]),
    );
    return [...cities, ...dropped];
  },
  write: (tx, rec) => upsertCharter(tx, rec),
  async readAll(db) {
    const found = await findCharter(db);
    if (!found) return [];
    const { updatedAt: _updatedAt, ...record } = found;
    return [{ record, status: 'published' }];
  },
});
