/**
 * A record schema laid out as CSV columns, and back: every field of the zod object is a column;
 * nested objects are flattened with dotted headers (`duration.start`); lists of plain values are
 * one cell, items joined with `LIST_SEPARATOR` (or, when an item holds a `;` or could be misread,
 * the list as a JSON array); lists of objects are one cell of JSON. Empty cells are absent values
 * (the schema's default applies: null, an empty list). A leading `'` that the writer put before
 * formula-like text is taken off again, so export → import → export gives the same data.
 */
import type { z } from 'zod';

export const LIST_SEPARATOR = '; ';

export type ColumnKind = 'text' | 'number' | 'boolean' | 'list' | 'json';

export interface RecordColumn {
  header: string;
  path: string[];
  kind: ColumnKind;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['default', 'nullable', 'optional', 'readonly', 'catch', 'prefault', 'nonoptional']);

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** The columns of a record schema (an object), in the schema's field order. */
export function recordColumns(schema: z.ZodType, prefix: string[] = []): RecordColumn[] {
  const def = defOf(unwrap(schema));
  if (def.type !== 'object' || !def.shape) throw new Error('recordColumns needs an object schema');
  const out: RecordColumn[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const path = [...prefix, key];
    const inner = unwrap(field);
    const d = defOf(inner);
    if (d.type === 'object') out.push(...recordColumns(inner, path));
    else {
      const kind: ColumnKind =
        d.type === 'array'
          ? ['object', 'array'].includes(defOf(unwrap(d.element!)).type)
            ? 'json'
            : 'list'
          : d.type === 'number' || d.type === 'int' || d.type === 'bigint'
            ? 'number'
            : d.type === 'boolean'
              ? 'boolean'
              : 'text';
      out.push({ header: path.join('.'), path, kind });
    }
  }
  return out;
}

const listAsText = (items: unknown[]): string =>
  items.some((i) => typeof i !== 'string' || i.includes(';') || i !== i.trim() || i === '') ||
  (typeof items[0] === 'string' && items[0].startsWith('['))
    ? JSON.stringify(items)
    : items.join(LIST_SEPARATOR);

/** One record's values for the columns (before the CSV writer's quoting and neutralising). */
export function recordCells(record: unknown, columns: readonly RecordColumn[]): unknown[] {
  return columns.map((c) => {
    let v: unknown = record;
    for (const k of c.path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    if (v === undefined || v === null) return null;
    if (c.kind === 'list') return Array.isArray(v) && v.length ? listAsText(v) : null;
    if (c.kind === 'json') return Array.isArray(v) && v.length === 0 ? null : JSON.stringify(v);
    return v;
  });
}

/** A problem with one cell: the column's header and why. */
export interface CellProblem {
  header: string;
  message: string;
}

/** The text of a cell as written, without the `'` the writer put before formula-like text. */
export const cellText = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function cellValue(c: RecordColumn, text: string): { value?: unknown; problem?: string } {
  if (c.kind === 'number') {
    const n = Number(text);
    return text.trim() !== '' && Number.isFinite(n) ? { value: n } : { problem: `"${text}" is not a number` };
  }
  if (c.kind === 'boolean') {
    const t = text.trim().toLowerCase();
    if (t === 'true' || t === 'yes') return { value: true };
    if (t === 'false' || t === 'no') return { value: false };
    return { problem: `"${text}" is neither true nor false` };
  }
  if (c.kind === 'json') {
    try {
      return { value: JSON.parse(text) };
    } catch {
      return { problem: 'is not valid JSON' };
    }
  }
  if (c.kind === 'list') {
    if (text.trimStart().startsWith('['))
      try {
        const list: unknown = JSON.parse(text);
        if (Array.isArray(list)) return { value: list };
      } catch {
        // not JSON: a separated list that happens to start with "["
      }
    return {
      value: text
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  }
  return { value: text };
}

/** A record from one CSV row (cells in `columns` order); empty cells leave the field out. */
export function cellsRecord(
  cells: readonly string[],
  columns: readonly RecordColumn[],
): { record: Record<string, unknown>; problems: CellProblem[] } {
  const record: Record<string, unknown> = {};
  const problems: CellProblem[] = [];
  columns.forEach((c, i) => {
    const text = cellText(cells[i] ?? '');
    if (text.trim() === '') return;
    const { value, problem } = cellValue(c, text);
    if (problem) problems.push({ header: c.header, message: problem });
    let at = record;
    for (const k of c.path.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
    at[c.path.at(-1) ?? c.header] = problem ? text : value;
  });
  return { record, problems };
}

/** The column a field path of a validation issue (`duration.start`, `themes.2`) falls in. */
export function columnOfField(field: string, columns: readonly RecordColumn[]): RecordColumn | undefined {
  const parts = field.split('.');
  let best: RecordColumn | undefined;
  for (const c of columns)
    if (c.path.every((k, i) => parts[i] === k) && (!best || c.path.length > best.path.length)) best = c;
  return best ?? columns.find((c) => c.path[0] === parts[0]);
}
