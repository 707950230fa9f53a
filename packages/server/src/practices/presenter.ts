import type { PracticeRow } from './queries.ts';
import { MATCH_END, MATCH_START, type SearchOutcome } from './search-query.ts';

const iso = (d: string | Date) => new Date(d).toISOString();

/** The JSON the API promises for one practice. */
export function presentPractice(row: PracticeRow, related: { id: string; name: string; city_name: string | null }[]) {
  return {
    ...row.record,
    status: row.status,
    version: row.version,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    city: row.city_id ? { id: row.city_id, name: row.city_name ?? row.city_id, country: row.country } : null,
    related: related.map((r) => ({ id: r.id, name: r.name, cityName: r.city_name })),
  };
}

/** An excerpt with its marks taken out, and where the marked (matching) words are in it: [start, end) offsets. */
export function splitMarks(marked: string | null): { excerpt: string | null; highlights: [number, number][] } {
  if (marked === null) return { excerpt: null, highlights: [] };
  const highlights: [number, number][] = [];
  let text = '';
  let start = -1;
  for (const ch of marked) {
    if (ch === MATCH_START) start = text.length;
    else if (ch === MATCH_END) {
      if (start >= 0 && text.length > start) highlights.push([start, text.length]);
      start = -1;
    } else text += ch;
  }
  return { excerpt: text, highlights };
}

/** Search items in their API shape. */
export function presentSearchItems(items: SearchOutcome['items']) {
  return items.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    cityId: r.city_id,
    cityName: r.city_name,
    country: r.country,
    status: r.status,
    typology: r.typology,
    themes: r.themes,
    ...splitMarks(r.excerpt),
    excerptLanguage: r.excerpt_language,
    updatedAt: iso(r.updated_at),
    score: Number(r.rank),
  }));
}

/** Facet rows grouped by facet, most frequent value first. */
export function groupFacets(rows: SearchOutcome['facets'], names: string[]) {
  const out: Record<string, { value: string; count: number }[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const r of rows) out[r.facet]?.push({ value: r.value, count: r.count });
  for (const list of Object.values(out)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return out;
}
