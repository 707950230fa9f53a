import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The independent reference values, copied into the repository beside this file (see reference/README.md). */
export const REFERENCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference');

/** Path of a reference file. */
export function referencePath(name: string): string {
  return path.join(REFERENCE_DIR, name);
}

/** A small CSV (no quoting) as columns of strings keyed by header name. */
export function readReferenceCsv(name: string): {
  header: string[];
  rows: string[][];
  column(name: string): string[];
  numbers(name: string): number[];
} {
  const lines = readFileSync(referencePath(name), 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(','));
  const column = (c: string): string[] => {
    const at = header.indexOf(c);
    if (at < 0) throw new Error(`${name} has no column ${c}`);
    return rows.map((r) => r[at]);
  };
  return { header, rows, column, numbers: (c: string) => column(c).map((v) => (v === '' ? NaN : Number(v))) };
}

/** A reference JSON file. */
export function readReferenceJson<T>(name: string): T {
  return JSON.parse(readFileSync(referencePath(name), 'utf8')) as T;
}

/** |a − b| <= rel · max(|a|, |b|) (or both tiny); the tolerance the reference tests use. */
export function closeRel(actual: number, expected: number, rel = 1e-9): boolean {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected);
  const scale = Math.max(Math.abs(actual), Math.abs(expected));
  return Math.abs(actual - expected) <= rel * scale || Math.abs(actual - expected) <= 1e-15;
}
