import type { Database } from '../db/database.ts';
import { AppError, type FieldIssue } from '../errors.ts';
import { referenceLookup, type ReferencedKind } from '../records/references.ts';
import { datasetSections, type ImportScope } from './section.ts';

export const DATASET_FORMAT = 'convivio/v1';

/** One invalid record: which section, its position (0-based) and id, the field and why. */
export interface ImportProblem {
  section: string;
  position: number;
  id: string | null;
  field: string;
  message: string;
}

export interface ImportSummary {
  [section: string]: { created: number; updated: number };
}

/**
 * Imports a data set file all-or-nothing: every record of every section is validated
 * (and its references checked) first; any problem aborts with the full list and nothing
 * is written. Records are matched by id, so re-importing updates instead of duplicating.
 */
export async function importDataset(db: Database, file: unknown): Promise<ImportSummary> {
  if (!file || typeof file !== 'object' || Array.isArray(file))
    throw new AppError('import_invalid', 'The file must hold a JSON object with "format": "convivio/v1"', 'format');
  const doc = file as Record<string, unknown>;
  if (doc.format !== DATASET_FORMAT)
    throw new AppError(
      'import_invalid',
      `"format" must be "${DATASET_FORMAT}", got ${JSON.stringify(doc.format ?? null)}`,
      'format',
    );
  const sections = datasetSections();
  const known = new Set(['format', ...sections.map((s) => s.key)]);
  const problems: ImportProblem[] = [];
  for (const key of Object.keys(doc))
    if (!known.has(key))
      problems.push({
        section: key,
        position: -1,
        id: null,
        field: key,
        message: `unknown section "${key}"; known: ${[...known].join(', ')}`,
      });
  type Parsed = { record: { id: string }; status: 'draft' | 'published'; position: number };
  const parsed: { key: string; items: Parsed[] }[] = [];
  for (const section of sections) {
    const value = doc[section.key];
    if (value === undefined) continue;
    const raw = section.singleton && value && typeof value === 'object' && !Array.isArray(value) ? [value] : value;
    if (!Array.isArray(raw)) {
      problems.push({
        section: section.key,
        position: -1,
        id: null,
        field: section.key,
        message: 'must be an array of records',
      });
      continue;
    }
    const items: Parsed[] = [];
    const seen = new Set<string>();
    raw.forEach((entry: unknown, position) => {
      const { status, ...rest } = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
      const id = typeof rest.id === 'string' ? rest.id : null;
      try {
        if (status !== undefined && status !== 'draft' && status !== 'published')
          throw new AppError('validation_failed', 'status must be "draft" or "published"', 'status', [
            { field: 'status', message: 'must be "draft" or "published"' },
          ]);
        const record = section.parse(entry && typeof entry === 'object' ? rest : entry);
        if (seen.has(record.id))
          problems.push({
            section: section.key,
            position,
            id,
            field: 'id',
            message: `duplicate id "${record.id}" in this file`,
          });
        seen.add(record.id);
        items.push({ record, status: status ?? 'published', position });
      } catch (err) {
        const issues: FieldIssue[] =
          err instanceof AppError && err.issues.length
            ? err.issues
            : [
                {
                  field: err instanceof AppError ? (err.field ?? '(record)') : '(record)',
                  message: (err as Error).message,
                },
              ];
        for (const i of issues)
          problems.push({ section: section.key, position, id, field: i.field, message: i.message });
      }
    });
    parsed.push({ key: section.key, items });
  }
  // References resolve to the database and to the file's own records (cities, practices, stakeholders).
  const inFile = (key: ReferencedKind) =>
    new Map(parsed.find((p) => p.key === key)?.items.map((i) => [i.record.id, i.record as { cityId?: string | null }]));
  const scope: ImportScope = {
    db,
    lookup: referenceLookup(db, {
      cities: inFile('cities'),
      practices: inFile('practices'),
      stakeholders: inFile('stakeholders'),
      events: inFile('events'),
    }),
  };
  for (const { key, items } of parsed) {
    const section = sections.find((s) => s.key === key)!;
    if (!section.check) continue;
    for (const item of items) {
      for (const i of await section.check(item.record, scope))
        problems.push({
          section: key,
          position: item.position,
          id: item.record.id,
          field: i.field,
          message: i.message,
        });
    }
  }
  if (problems.length) {
    problems.sort(
      (a, b) =>
        sections.findIndex((s) => s.key === a.section) - sections.findIndex((s) => s.key === b.section) ||
        a.position - b.position,
    );
    const first = problems[0]!; // problems is not empty here
    throw new AppError(
      'import_invalid',
      `Nothing was imported: ${problems.length} problem(s); first: ${first.section}[${first.position}]${first.id ? ` (${first.id})` : ''} ${first.field}: ${first.message}`,
      first.field,
      problems.map((p) => ({
        field: `${p.section}[${p.position}].${p.field}`,
        message: p.id ? `${p.id}: ${p.message}` : p.message,
        position: p.position,
      })),
    );
  }
  const summary: ImportSummary = {};
  await db.transaction(async (tx) => {
    const written = parsed.map(({ key, items }) => ({ section: sections.find((s) => s.key === key)!, key, items }));
    for (const { section } of written) await section.beforeWrites?.(tx);
    for (const { section, key, items } of written) {
      const counts = { created: 0, updated: 0 };
      for (const item of items) counts[await section.write(tx, item.record, item.status)] += 1;
      summary[key] = counts;
    }
    for (const { section } of written) await section.afterWrites?.(tx);
  });
  return summary;
}
