/** A blank string (or "N/A") becomes null; other values stay. */
function blankToNull(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' || /^n\/?a\.?$/i.test(t) ? null : value;
}

const isContainer = (v: unknown): v is object => Boolean(v) && typeof v === 'object';

/** One object or array being rebuilt: its entries, how far along, and where it goes in its parent. */
interface Frame { entries: [string, unknown][]; next: number; isArray: boolean; out: [string, unknown][]; key: string }

const frameOf = (value: object, key: string): Frame =>
  ({ entries: Object.entries(value), next: 0, isArray: Array.isArray(value), out: [], key });

/** A finished frame as the array (nulls dropped) or object it stands for. */
const built = (f: Frame): unknown =>
  f.isArray ? f.out.map(([, v]) => v).filter((v) => v !== null) : Object.fromEntries(f.out);

/**
 * Turns blank strings (and "N/A") into null throughout a record, so absent facts stay absent;
 * nulls are dropped from arrays. Walks with an explicit stack, so no nesting depth can overflow it.
 */
export function blanksToNull<T>(value: T): T {
  if (!isContainer(value)) return blankToNull(value) as T;
  const stack: Frame[] = [frameOf(value, '')];
  for (;;) {
    const top = stack[stack.length - 1];
    if (top.next < top.entries.length) {
      const [k, v] = top.entries[top.next++];
      if (isContainer(v)) stack.push(frameOf(v, k));
      else top.out.push([k, blankToNull(v)]);
      continue;
    }
    stack.pop();
    const parent = stack[stack.length - 1];
    if (!parent) return built(top) as T;
    parent.out.push([top.key, built(top)]);
  }
}

/** A slug id from a name: `practice-` + lower-case ASCII words joined by hyphens. */
const TRANSLITERATE: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', đ: 'd', Đ: 'd', þ: 'th', ı: 'i' };

export function slugId(prefix: string, name: string): string {
  const slug = name.replace(/[łŁøØßæÆœŒđĐþı]/g, (c) => TRANSLITERATE[c]).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return `${prefix}-${slug || 'untitled'}`;
}
