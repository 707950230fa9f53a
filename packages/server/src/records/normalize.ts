/** A blank string (or "N/A") becomes null; other values stay. */
function blankToNull(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' || /^n\/?a\.?$/i.test(t) ? null : value;
}

const isContainer = (v: unknown): v is object => Boolean(v) && typeof v === 'object';

/** An object or array being rebuilt: its keys (null for an array), how far along, its copy, and its key in its parent. */
interface Frame {
  source: object;
  keys: string[] | null;
  next: number;
  out: unknown[] | Record<string, unknown>;
  key: string;
}

function frameOf(source: object, key: string): Frame {
  const isArray = Array.isArray(source);
  return { source, keys: isArray ? null : Object.keys(source), next: 0, out: isArray ? [] : {}, key };
}

/** Puts a normalised value in its parent's copy: arrays drop nulls; object keys are defined as own properties (even "__proto__"). */
function put(frame: Frame, key: string, value: unknown): void {
  if (Array.isArray(frame.out)) {
    if (value !== null) frame.out.push(value);
  } else Object.defineProperty(frame.out, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Turns blank strings (and "N/A") into null throughout a record, so absent facts stay absent;
 * nulls are dropped from arrays. Walks with an explicit stack, so no nesting depth can overflow it.
 */
export function blanksToNull<T>(value: T): T {
  if (!isContainer(value)) return blankToNull(value) as T;
  const stack: Frame[] = [frameOf(value, '')];
  for (;;) {
    const top = stack[stack.length - 1]!; // the loop returns when the stack empties
    const size = top.keys ? top.keys.length : (top.source as unknown[]).length;
    if (top.next < size) {
      const i = top.next++;
      const key = top.keys ? top.keys[i]! : String(i);
      if (!top.keys && !(i in top.source)) continue; // a hole in a sparse array
      const v = (top.source as Record<string, unknown>)[key];
      if (isContainer(v)) stack.push(frameOf(v, key));
      else put(top, key, blankToNull(v));
      continue;
    }
    stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) return top.out as T;
    put(parent, top.key, top.out);
  }
}

/** A slug id from a name: `practice-` + lower-case ASCII words joined by hyphens. */
const TRANSLITERATE: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  ı: 'i',
};

export function slugId(prefix: string, name: string): string {
  const slug = name
    .replace(/[łŁøØßæÆœŒđĐþı]/g, (c) => TRANSLITERATE[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${prefix}-${slug || 'untitled'}`;
}
