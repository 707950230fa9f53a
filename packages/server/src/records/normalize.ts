/** Turns blank strings (and "N/A") into null throughout a record, so absent facts stay absent. */
export function blanksToNull<T>(value: T): T {
  if (typeof value === 'string') {
    const t = value.trim();
    return (t === '' || /^n\/?a\.?$/i.test(t) ? null : value) as T;
  }
  if (Array.isArray(value)) return value.map(blanksToNull).filter((v) => v !== null) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blanksToNull(v)])) as T;
  }
  return value;
}

/** A slug id from a name: `practice-` + lower-case ASCII words joined by hyphens. */
const TRANSLITERATE: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', đ: 'd', Đ: 'd', þ: 'th', ı: 'i' };

export function slugId(prefix: string, name: string): string {
  const slug = name.replace(/[łŁøØßæÆœŒđĐþı]/g, (c) => TRANSLITERATE[c]).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return `${prefix}-${slug || 'untitled'}`;
}
