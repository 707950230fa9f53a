import type { User } from '../accounts/schema.ts';
import { assertCan } from '../accounts/policy.ts';
import { cellsRecord, columnOfField, recordColumns, type RecordColumn } from '../csv/record-columns.ts';
import { readImportRows } from '../csv/import-rows.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldIssue } from '../errors.ts';
import { DATASET_FORMAT, importDataset } from './import.ts';
import { datasetSections } from './section.ts';

export interface SectionCsvImportResult {
  created: number;
  updated: number;
  ids: string[];
}

/** Problems listed with an import's error at most (the message counts them all). */
const MAX_LISTED = 200;

const failure = (problems: FieldIssue[]): AppError =>
  new AppError(
    'import_invalid',
    `Nothing was imported: ${problems.length} problem(s); first: ${problems[0]?.message ?? ''}`,
    problems[0]?.field ?? 'csv',
    problems.slice(0, MAX_LISTED),
  );

/** A problem at a spreadsheet row (the header is row 1) and a column named by its header. */
const at = (row: number, header: string, message: string): FieldIssue => ({
  field: header,
  position: row,
  message: `row ${row}, column "${header}": ${message}`,
});

/**
 * Imports one section (practices, cities) from CSV as the section's CSV export writes it, all or
 * nothing: the header names the columns (any subset, any order; `status` optional); every row is
 * authorised first (the section's rule: 401 anonymous, 403 naming the row), then validated and
 * written by the data set importer in one transaction. Problems name the row and the column's header.
 */
export async function importSectionCsv(
  db: Database,
  user: User | null,
  key: string,
  text: string,
  maxRows: number,
): Promise<SectionCsvImportResult> {
  const section = datasetSections().find((s) => s.key === key);
  if (!section?.recordSchema || !section.authoriseImport) throw new Error(`section ${key} takes no CSV import`);
  // Anonymous users are refused before the file is read, whatever it holds.
  assertCan(user, 'city.edit', { cityId: user?.cityId ?? null }, `import ${key}`);
  const { header, data } = readImportRows(text, { maxRows, rowNoun: 'row', delimiter: ',' });
  const layout = recordColumns(section.recordSchema);
  const problems: FieldIssue[] = [];
  const columns: (RecordColumn | 'status')[] = [];
  const seen = new Set<string>();
  header.cells.forEach((cell) => {
    const name = cell.trim();
    const column = name === 'status' ? 'status' : layout.find((c) => c.header === name);
    if (!column)
      problems.push(
        at(1, name || '(blank)', `unknown column; known: ${[...layout.map((c) => c.header), 'status'].join(', ')}`),
      );
    else if (seen.has(name)) problems.push(at(1, name, 'appears twice in the header'));
    seen.add(name);
    columns.push(column ?? 'status');
  });
  if (!seen.has('id')) problems.push(at(1, 'id', 'the header lacks the required column'));
  if (problems.length) throw failure(problems);

  const fields = columns.filter((c): c is RecordColumn => c !== 'status');
  const records = data.map((row, index) => {
    const number = index + 2;
    if (row.cells.length > columns.length)
      problems.push(at(number, '(extra)', `has ${row.cells.length} cells but the header has ${columns.length}`));
    const cells = columns.map((_, i) => row.cells[i] ?? '');
    const { record, problems: cellProblems } = cellsRecord(
      cells.filter((_, i) => columns[i] !== 'status'),
      fields,
    );
    for (const p of cellProblems) problems.push(at(number, p.header, p.message));
    const status = cells[columns.indexOf('status')]?.trim();
    return { number, record: status ? { ...record, status } : record };
  });
  if (problems.length) throw failure(problems);

  for (const { number, record } of records) await section.authoriseImport(db, user, record, `row ${number}`);

  try {
    const summary = await importDataset(db, { format: DATASET_FORMAT, [key]: records.map((r) => r.record) });
    const ids = records.map((r) => String(r.record.id));
    return { ...(summary[key] ?? { created: 0, updated: 0 }), ids };
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'import_invalid' || !err.issues.length) throw err;
    throw failure(
      err.issues.map((i) => {
        const number = (i.position ?? 0) + 2;
        const field = i.field.replace(/^[^.]*\[\d+\]\.?/, '');
        const column = field === 'status' ? 'status' : (columnOfField(field, layout)?.header ?? field);
        return at(number, column, i.message);
      }),
    );
  }
}
