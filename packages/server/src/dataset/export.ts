import type { Queryable } from '../db/database.ts';
import { DATASET_FORMAT } from './import.ts';
import { datasetSections } from './section.ts';

/** Every record of every section in the import format (re-importable as it is). */
export async function exportDataset(db: Queryable, opts: { includeDrafts: boolean }): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { format: DATASET_FORMAT };
  for (const section of datasetSections()) {
    const rows = (await section.readAll(db)).filter((r) => opts.includeDrafts || r.status === 'published');
    const records = rows.map((r) => (r.status === 'published' ? r.record : { ...r.record, status: r.status }));
    out[section.key] = section.singleton ? records[0] ?? null : records;
  }
  return out;
}

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) && v.every((x) => typeof x !== 'object') ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One section as CSV (RFC 4180): lists joined with "; ", nested values as JSON. */
export async function exportSectionCsv(db: Queryable, key: string, opts: { includeDrafts: boolean }): Promise<string> {
  const section = datasetSections().find((s) => s.key === key);
  if (!section) throw new Error(`Unknown section "${key}"; known: ${datasetSections().map((s) => s.key).join(', ')}`);
  const rows = (await section.readAll(db)).filter((r) => opts.includeDrafts || r.status === 'published');
  const columns = section.csvColumns ?? Object.keys((rows[0]?.record as object) ?? { id: '' });
  const lines = [[...columns, 'status'].join(',')];
  for (const r of rows) {
    const rec = r.record as unknown as Record<string, unknown>;
    lines.push([...columns.map((c) => cell(rec[c])), r.status].join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
