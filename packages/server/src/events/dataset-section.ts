import { zEventRecord, type EventRecord } from '@convivio/shared';
import { registerSection, writeImportedVersion } from '../dataset/section.ts';
import { nestedIds } from './consistency.ts';
import { idsTakenElsewhere, upsertEvent } from './queries.ts';
import { EVENT_ENTITY, parseEvent, referenceIssues } from './service.ts';

/**
 * The `events` section of the data set: one record per event with its venues,
 * choice groups and sessions nested. Imported all-or-nothing after cities and
 * practices; presentations must name practices and places must name cities that
 * are in the file or the database. Registrations are personal data and are never
 * part of the data set.
 */
registerSection<EventRecord>({
  key: 'events',
  order: 30,
  parse: (raw) => parseEvent(raw),
  async check(rec, scope) {
    const issues = await referenceIssues(rec, scope.lookup);
    for (const clash of await idsTakenElsewhere(scope.db, rec)) {
      const at = nestedIds(rec).find((i) => i.id === clash.item_id)!;
      issues.push({ field: at.field, message: `id "${clash.item_id}" already belongs to event "${clash.event_id}"` });
    }
    return issues;
  },
  write: (tx, rec, status) =>
    writeImportedVersion(tx, {
      table: 'events',
      entityType: EVENT_ENTITY,
      record: rec,
      status,
      upsert: (version) => upsertEvent(tx, rec, status, version),
    }),
  async readAll(db) {
    const r = await db.query<{ record: EventRecord; status: string }>(
      'SELECT record, status FROM events ORDER BY start_date, id',
    );
    return r.rows;
  },
  recordSchema: zEventRecord,
});
