import { recordCells, recordColumns } from '../csv/record-columns.ts';
import { toCsv } from '../csv/write.ts';
import type { Queryable } from '../db/database.ts';
import { DATASET_FORMAT } from './import.ts';
import { datasetSections } from './section.ts';

/** Every record of every section in the import format (re-importable as it is). */
export async function exportDataset(db: Queryable, opts: { includeDrafts: boolean }): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { format: DATASET_FORMAT };
  for (const section of datasetSections()) {
    const all = await section.readAll(db);
    const rows = (section.withExtras ? await section.withExtras(db, all) : all).filter(
      (r) => opts.includeDrafts || r.status === 'published',
    );
    const records = rows.map((r) => (r.status === 'published' ? r.record : { ...r.record, status: r.status }));
    out[section.key] = section.singleton ? (records[0] ?? null) : records;
  }
  return out;
}

/** A record's value as one cell's value: lists joined with "; ", nested values as JSON, numbers kept. */
const flat = (v: unknown): unknown =>
  Array.isArray(v) && v.every((x) => typeof x !== 'object')
    ? v.join('; ')
    : v !== null && typeof v === 'object'
      ? JSON.stringify(v)
      : v;

/**
 * One section as CSV (RFC 4180, through the server's CSV writer: formula-like text neutralised),
 * then a `status` column. A section with a record schema has a column for every field (nested
 * objects as dotted headers, lists joined with "; ", lists of objects as JSON: `csv/record-columns.ts`);
 * others list their `csvColumns`, lists joined with "; ", nested values as JSON.
 */
export async function exportSectionCsv(db: Queryable, key: string, opts: { includeDrafts: boolean }): Promise<string> {
  const section = datasetSections().find((s) => s.key === key);
  if (!section)
    throw new Error(
      `Unknown section "${key}"; known: ${datasetSections()
        .map((s) => s.key)
        .join(', ')}`,
    );
  const rows = (await section.readAll(db)).filter((r) => opts.includeDrafts || r.status === 'published');
  if (section.recordSchema) {
    const layout = recordColumns(section.recordSchema);
    return toCsv([
      [...layout.map((c) => c.header), 'status'],
      ...rows.map((r) => [...recordCells(r.record, layout), r.status]),
    ]);
  }
  const columns = section.csvColumns ?? Object.keys(rows[0]?.record ?? { id: '' });
  return toCsv([
    [...columns, 'status'],
    ...rows.map((r) => {
      const rec = r.record as unknown as Record<string, unknown>;
      return [...columns.map((c) => flat(rec[c])), r.status];
    }),
  ]);
}
