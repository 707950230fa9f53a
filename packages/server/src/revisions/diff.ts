/** One piece of a field's text in a comparison: unchanged, only in the older version, or only in the newer. */
export interface DiffPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

/** A field that differs between two versions: its dotted path, both values as text, and the word-level changes. */
export interface FieldDiff {
  field: string;
  before: string | null;
  after: string | null;
  parts: DiffPart[];
}

/** Past this many word-pairs, two texts are compared as whole values (the table would grow too big). */
const MAX_CELLS = 4_000_000;

/**
 * A record as field path → text: objects by their keys (`duration.start`), arrays of objects
 * by index (`quantitativeResults.0.target`), arrays of plain values joined with ", ".
 */
export function flattenRecord(value: unknown, path = '', out = new Map<string, string | null>()) {
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) {
    value.forEach((v, i) => flattenRecord(v, path ? `${path}.${i}` : String(i), out));
  } else if (Array.isArray(value)) {
    out.set(path, value.length ? value.map(String).join(', ') : null);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flattenRecord(v, path ? `${path}.${k}` : k, out);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    out.set(path, value === '' ? null : String(value));
  } else {
    out.set(path, null);
  }
  return out;
}

const words = (s: string) => s.split(/(\s+)/).filter(Boolean);

/** Joins neighbouring parts of the same kind. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.op === p.op) last.text += p.text;
    else if (p.text) out.push({ ...p });
  }
  return out;
}

/** The word-level changes turning `a` into `b` (longest common subsequence of words and spaces). */
export function diffText(a: string, b: string): DiffPart[] {
  const x = words(a);
  const y = words(b);
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const head: DiffPart = { op: 'same', text: x.slice(0, start).join('') };
  const tail: DiffPart = { op: 'same', text: x.slice(endX).join('') };
  const xs = x.slice(start, endX);
  const ys = y.slice(start, endY);
  const n = xs.length;
  const m = ys.length;
  if (n * m > MAX_CELLS)
    return merge([head, { op: 'removed', text: xs.join('') }, { op: 'added', text: ys.join('') }, tail]);
  // lcs[i][j]: length of the longest common subsequence of xs[i..] and ys[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[at(i, j)] = xs[i] === ys[j] ? lcs[at(i + 1, j + 1)]! + 1 : Math.max(lcs[at(i + 1, j)]!, lcs[at(i, j + 1)]!);
  const middle: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (xs[i] === ys[j]) {
      middle.push({ op: 'same', text: xs[i++]! });
      j++;
    } else if (lcs[at(i + 1, j)]! >= lcs[at(i, j + 1)]!) middle.push({ op: 'removed', text: xs[i++]! });
    else middle.push({ op: 'added', text: ys[j++]! });
  }
  while (i < n) middle.push({ op: 'removed', text: xs[i++]! });
  while (j < m) middle.push({ op: 'added', text: ys[j++]! });
  return merge([head, ...middle, tail]);
}

/** The fields that differ between two versions of a record, in the newer version's field order. */
export function diffRecords(before: unknown, after: unknown): FieldDiff[] {
  const a = flattenRecord(before);
  const b = flattenRecord(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields.flatMap((field) => {
    const x = a.get(field) ?? null;
    const y = b.get(field) ?? null;
    if (x === y) return [];
    return [{ field, before: x, after: y, parts: diffText(x ?? '', y ?? '') }];
  });
}
