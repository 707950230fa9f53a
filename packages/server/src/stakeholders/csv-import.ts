import type { StakeholderRecord } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import { assertCan } from '../accounts/policy.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldIssue } from '../errors.ts';
import { recordRevisions } from '../revisions/service.ts';
import { readImportRows } from '../csv/import-rows.ts';
import { withEngagementHistory } from './engagement.ts';
import { existingPracticeIds } from '../practices/service.ts';
import { lockStakeholders, stakeholderCities, upsertStakeholders } from './queries.ts';
import { parseStakeholder, requireCity, stakeholderIdFor } from './service.ts';
import { topField } from '../records/field-path.ts';

/** The columns a stakeholder CSV may have; `name` and `area` are required. Lists are separated by ";" or "|". */
export const STAKEHOLDER_CSV_COLUMNS = [
  'id',
  'name',
  'area',
  'roles',
  'influence',
  'interest',
  'engagementStatus',
  'statusDate',
  'communicationChannels',
  'practiceIds',
  'description',
] as const;
const LISTS = new Set(['roles', 'communicationChannels', 'practiceIds']);
const REQUIRED = ['name', 'area'];

const columnLetter = (i: number): string =>
  (i >= 26 ? columnLetter(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/** A problem at a line and column of the file. */
const issue = (line: number, col: number, name: string, message: string): FieldIssue => ({
  field: name,
  position: line,
  message: `line ${line}, column ${col + 1} (${columnLetter(col)}, "${name}"): ${message}`,
});

export interface CsvImportResult {
  created: number;
  updated: number;
  ids: string[];
}

/** Rows validated between two turns of the event loop, so other requests are answered during a long import. */
const ROWS_PER_TURN = 500;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Imports a city's stakeholders from CSV, all or nothing: at most `maxRows` rows
 * (IMPORT_MAX_ROWS); every row is validated first and any problem aborts with the full list
 * (line and column of each); then all rows are written in one short transaction, with
 * multi-row INSERTs. Rows are matched by id (or by the id their name gives), so importing the
 * same file twice updates instead of duplicating.
 */
export async function importStakeholdersCsv(
  db: Database,
  user: User | null,
  cityId: string,
  text: string,
  maxRows: number,
): Promise<CsvImportResult> {
  const author = assertCan(user, 'city.edit', { cityId }, "this city's stakeholders");
  await requireCity(db, cityId);
  const { header, data } = readImportRows(text, { maxRows, rowNoun: 'stakeholder' });
  const names = header.cells.map((c) => c.trim());
  const problems: FieldIssue[] = [];
  names.forEach((n, i) => {
    if (!(STAKEHOLDER_CSV_COLUMNS as readonly string[]).includes(n))
      problems.push(
        issue(header.line, i, n || '(blank)', `unknown column; known: ${STAKEHOLDER_CSV_COLUMNS.join(', ')}`),
      );
  });
  for (const r of REQUIRED)
    if (!names.includes(r))
      problems.push({
        field: r,
        position: header.line,
        message: `line ${header.line}: the header lacks the required column "${r}"`,
      });
  if (problems.length) throw failure(problems);

  const records: { rec: StakeholderRecord; line: number; statusDate: string | null }[] = [];
  const linked: { line: number; ids: string[] }[] = [];
  const seen = new Map<string, number>();
  for (const [index, row] of data.entries()) {
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
    if (row.cells.length > names.length)
      problems.push(
        issue(row.line, names.length, '(extra)', `has ${row.cells.length} cells but the header has ${names.length}`),
      );
    const raw: Record<string, unknown> = { cityId };
    names.forEach((n, i) => {
      const v = (row.cells[i] ?? '').trim();
      raw[n] = LISTS.has(n)
        ? v
            .split(/[;|]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v;
    });
    if (!raw.id && typeof raw.name === 'string' && raw.name) raw.id = stakeholderIdFor(cityId, raw.name);
    if (Array.isArray(raw.practiceIds)) linked.push({ line: row.line, ids: raw.practiceIds as string[] });
    const statusDate = typeof raw.statusDate === 'string' && raw.statusDate ? raw.statusDate : null;
    delete raw.statusDate;
    if (statusDate && !/^\d{4}-\d{2}-\d{2}$/.test(statusDate))
      problems.push(issue(row.line, names.indexOf('statusDate'), 'statusDate', 'must be a date YYYY-MM-DD'));
    try {
      const rec = parseStakeholder(raw);
      const before = seen.get(rec.id);
      if (before !== undefined)
        problems.push(
          issue(
            row.line,
            Math.max(0, names.indexOf(names.includes('id') ? 'id' : 'name')),
            names.includes('id') ? 'id' : 'name',
            `repeats the stakeholder of line ${before} ("${rec.id}")`,
          ),
        );
      seen.set(rec.id, row.line);
      records.push({ rec, line: row.line, statusDate });
    } catch (err) {
      for (const i of err instanceof AppError ? err.issues : []) {
        const top = topField(i.field);
        problems.push(issue(row.line, Math.max(0, names.indexOf(top)), top, i.message));
      }
    }
  }
  const known = await existingPracticeIds(db, [...new Set(linked.flatMap((l) => l.ids))]);
  for (const { line, ids } of linked) {
    for (const p of ids)
      if (!known.has(p))
        problems.push(issue(line, names.indexOf('practiceIds'), 'practiceIds', `practice "${p}" does not exist`));
  }
  const cities = await stakeholderCities(
    db,
    records.map((r) => r.rec.id),
  );
  for (const { rec, line } of records) {
    const city = cities.get(rec.id);
    if (city !== undefined && city !== cityId)
      problems.push(issue(line, Math.max(0, names.indexOf('id')), 'id', `"${rec.id}" is a stakeholder of ${city}`));
  }
  if (problems.length) throw failure(problems.sort((a, b) => (a.position ?? 0) - (b.position ?? 0)));

  const result: CsvImportResult = { created: 0, updated: 0, ids: [] };
  await db.transaction(async (tx) => {
    const current = await lockStakeholders(
      tx,
      records.map((r) => r.rec.id),
    );
    const written = records.map(({ rec, statusDate }) => {
      const before = current.get(rec.id);
      result[before ? 'updated' : 'created'] += 1;
      result.ids.push(rec.id);
      return {
        rec: withEngagementHistory(rec, before?.record ?? null, { historySent: false, statusDate }),
        version: (before?.version ?? 0) + 1,
      };
    });
    await upsertStakeholders(tx, written);
    await recordRevisions(
      tx,
      written.map(({ rec, version }) => ({
        entityType: 'stakeholder',
        entityId: rec.id,
        version,
        action: 'csv import',
        status: 'published',
        record: rec,
        author,
      })),
    );
  });
  return result;
}

/** Problems listed with an import's error at most (the message counts them all). */
const MAX_LISTED = 200;

function failure(problems: FieldIssue[]): AppError {
  const first = problems[0];
  if (!first) throw new Error('An import failure needs at least one problem');
  return new AppError(
    'import_invalid',
    `Nothing was imported: ${problems.length} problem(s); first: ${first.message}`,
    first.field,
    problems.slice(0, MAX_LISTED),
  );
}
