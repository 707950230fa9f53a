import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { loadFacetIndex, type IndexedPractice } from './facet-index.ts';
import { FACETS } from './facets.ts';
import { searchConfigFor } from './search-config.ts';

export type SortOrder = 'relevance' | 'name' | 'updated' | 'city';

export interface SearchParams {
  q: string | null;
  filters: Record<string, string[]>;
  sort: SortOrder;
  page: number;
  pageSize: number;
  /** Visibility: 'all' (administrators), a city id whose drafts are visible too, or null (published only). */
  draftsOf: string | null;
  status: 'published' | 'draft' | null;
  /** The searcher's language: a translation into it gives the rank and the excerpt. */
  lang?: string | null;
}

export interface SearchRow {
  id: string;
  name: string;
  kind: string;
  city_id: string | null;
  city_name: string | null;
  country: string | null;
  status: string;
  typology: string | null;
  themes: string[];
  excerpt: string | null;
  /** The translation's language when the excerpt comes from it. */
  excerpt_language: string | null;
  updated_at: string;
  rank: number;
}

export interface SearchOutcome {
  total: number;
  items: SearchRow[];
  facets: { facet: string; value: string; count: number }[];
  withoutFilter: Record<string, number>;
  /** How many results the filters give without the text query. */
  withoutQuery: number;
}

/**
 * Ids of practices matching the text query (PostgreSQL full-text search). The query is
 * parsed with the stemming of every record language in use and the parses are OR-ed,
 * so one GIN index scan finds matches in every language.
 */
async function textMatches(db: Queryable, q: string, configs: string[]): Promise<Set<string>> {
  // One row holding every id: far cheaper to transfer than one row per match.
  const r = await db.query<{ ids: string[] | null }>(
    `SELECT array_agg(s.id) AS ids FROM practice_search s
     WHERE s.vector @@ (SELECT string_agg('(' || websearch_to_tsquery(c, unaccent($1))::text || ')', ' | ')::tsquery
                        FROM unnest($2::regconfig[]) AS c WHERE websearch_to_tsquery(c, unaccent($1))::text <> '')`,
    [q, configs],
  );
  return new Set(r.rows[0]?.ids ?? []);
}

/** Marks around the matched words in an excerpt (private-use characters, removed from the text first). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

/**
 * Each practice's text for the search's language: its translation into `lang` when it has one with
 * a description (with that language's stemming), else its own description (its record's).
 */
const SEARCH_TEXT = `SELECT p.id, s.vector,
       CASE WHEN tr.fields->>'description' IS NOT NULL THEN tr.config ELSE s.config END AS config,
       CASE WHEN tr.fields->>'description' IS NOT NULL THEN tr.fields->>'description' ELSE p.record->>'description' END AS description,
       CASE WHEN tr.fields->>'description' IS NOT NULL THEN tr.language END AS language
     FROM practices p JOIN practice_search s ON s.id = p.id
     LEFT JOIN (SELECT t.practice_id, t.language, t.fields, c.config::regconfig AS config
                  FROM practice_translations t JOIN unnest($LANG::text[], $CFG::text[]) AS c(language, config)
                    ON c.language = t.language) tr ON tr.practice_id = p.id
     WHERE p.id = ANY($IDS::text[])`;

/** SEARCH_TEXT with its parameters numbered from `first`: the ids, the language and its configuration. */
function searchText(first: number, ids: string[], lang: string | null | undefined) {
  const sql = SEARCH_TEXT.replace('$IDS', `$${first}`)
    .replace('$LANG', `$${first + 1}`)
    .replace('$CFG', `$${first + 2}`);
  return { sql, params: [ids, lang ? [lang] : [], lang ? [searchConfigFor(lang)] : []] };
}

/**
 * The description's opening (no query), or its passage with the query's words between
 * MATCH_START and MATCH_END (ts_headline in the text's language) — the translation's into the
 * search's language when there is one.
 */
async function excerptsOf(
  db: Queryable,
  ids: string[],
  q: string | null,
  lang: string | null | undefined,
): Promise<Map<string, { excerpt: string | null; language: string | null }>> {
  const text = searchText(4, ids, lang);
  const r = await db.query<{ id: string; excerpt: string | null; language: string | null }>(
    `SELECT x.id, x.language, CASE WHEN x.description IS NULL THEN NULL
              WHEN $1::text IS NULL THEN left(x.description, 280)
              ELSE ts_headline(x.config, translate(x.description, $2 || $3, ''),
                     websearch_to_tsquery(x.config, unaccent($1)),
                     'StartSel=' || $2 || ', StopSel=' || $3 || ', MaxWords=45, MinWords=20, ShortWord=2') END AS excerpt
     FROM (${text.sql}) x`,
    [q, MATCH_START, MATCH_END, ...text.params],
  );
  return new Map(r.rows.map((row) => [row.id, { excerpt: row.excerpt, language: row.language }]));
}

/**
 * Relevance (ts_rank_cd: weighted, cover density, normalised by length) of the given practices: the
 * query stemmed in the record's language, or in the translation's when the practice has one into
 * the search's language (its words carry the same weights as the original's), whichever ranks higher.
 */
async function textRanks(
  db: Queryable,
  q: string,
  ids: string[],
  lang: string | null | undefined,
): Promise<Map<string, number>> {
  const text = searchText(2, ids, lang);
  const r = await db.query<{ ids: string[] | null; ranks: number[] | null }>(
    `SELECT array_agg(x.id) AS ids,
            array_agg(GREATEST(ts_rank_cd(x.vector, websearch_to_tsquery(s.config, unaccent($1)), 32),
                               ts_rank_cd(x.vector, websearch_to_tsquery(x.config, unaccent($1)), 32))) AS ranks
     FROM (${text.sql}) x JOIN practice_search s ON s.id = x.id`,
    [q, ...text.params],
  );
  const row = r.rows[0];
  return new Map((row?.ids ?? []).map((id, i) => [id, Number(row?.ranks?.[i])]));
}

type Ranked = IndexedPractice & { rank: number };

const COMPARE: Record<SortOrder, (a: Ranked, b: Ranked) => number> = {
  relevance: (a, b) => b.rank - a.rank || a.nameOrder - b.nameOrder,
  name: (a, b) => a.nameOrder - b.nameOrder,
  updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.nameOrder - b.nameOrder),
  city: (a, b) => a.cityOrder - b.cityOrder,
};

/**
 * Searches practices: text matching in PostgreSQL; facet counts (each facet counted with
 * every filter but its own), filtering, sorting and paging over the cached facet index;
 * relevance ranks and excerpts from the database for what is left.
 */
export async function searchPractices(db: Queryable, p: SearchParams): Promise<SearchOutcome> {
  const index = await loadFacetIndex(db);
  const {
    items,
    codes: { values, offsets, codes },
  } = index;
  const n = items.length;
  let hit: Uint8Array | null = null;
  if (p.q) {
    hit = new Uint8Array(n);
    for (const id of await textMatches(db, p.q, index.searchConfigs)) {
      const x = index.byId.get(id);
      if (x) hit[x.pos] = 1;
    }
  }
  const active: number[] = [];
  const masks: (Uint8Array | null)[] = FACETS.map((f, j) => {
    const wanted = p.filters[f.name] ?? [];
    if (!wanted.length) return null;
    active.push(j);
    const facetValues = values[j] ?? [];
    const mask = new Uint8Array(facetValues.length);
    facetValues.forEach((v, code) => {
      if (wanted.includes(v)) mask[code] = 1;
    });
    return mask;
  });
  const counts = FACETS.map((_, j) => new Int32Array(values[j]?.length ?? 0));
  const without = new Int32Array(FACETS.length);
  const matched: IndexedPractice[] = [];
  let withoutQuery = 0;
  // The index holds one code list per facet (codes[j], offsets[j]) for every practice i < n.
  for (const [i, x] of items.entries()) {
    if (!(p.draftsOf === 'all' || x.status === 'published' || (p.draftsOf !== null && x.cityId === p.draftsOf)))
      continue;
    if (p.status && x.status !== p.status) continue;
    let failures = 0;
    let failed = -1;
    for (const j of active) {
      const mask = masks[j]!,
        c = codes[j]!,
        end = offsets[j]![i + 1]!;
      let ok = false;
      for (let k = offsets[j]![i]!; k < end; k++)
        if (mask[c[k]!]) {
          ok = true;
          break;
        }
      if (!ok) {
        failures += 1;
        failed = j;
      }
    }
    if (failures === 0) withoutQuery += 1;
    if ((hit && !hit[i]) || failures > 1) continue;
    if (failures === 0) {
      matched.push(x);
      for (const j of active) without[j]! += 1;
    } else without[failed]! += 1;
    for (let j = 0; j < FACETS.length; j++) {
      if (failures === 1 && failed !== j) continue;
      const c = codes[j]!,
        cnt = counts[j]!,
        end = offsets[j]![i + 1]!;
      for (let k = offsets[j]![i]!; k < end; k++) cnt[c[k]!]! += 1;
    }
  }
  const withoutFilter: Record<string, number> = Object.fromEntries(active.map((j) => [FACETS[j]!.name, without[j]!]));
  const ranks =
    p.q && p.sort === 'relevance' && matched.length
      ? await textRanks(
          db,
          p.q,
          matched.map((x) => x.id),
          p.lang,
        )
      : null;
  const ranked: Ranked[] = matched.map((x) => ({ ...x, rank: ranks?.get(x.id) ?? 0 }));
  ranked.sort(COMPARE[p.sort]);
  const page = ranked.slice((p.page - 1) * p.pageSize, p.page * p.pageSize);
  const excerpts = page.length
    ? await excerptsOf(
        db,
        page.map((x) => x.id),
        p.q,
        p.lang,
      )
    : new Map<string, { excerpt: string | null; language: string | null }>();
  return {
    total: matched.length,
    items: page.map((x) => ({
      id: x.id,
      name: x.name,
      kind: x.kind,
      city_id: x.cityId,
      city_name: x.cityName,
      country: x.country,
      status: x.status,
      typology: x.typology,
      themes: x.themes,
      excerpt: excerpts.get(x.id)?.excerpt ?? null,
      excerpt_language: excerpts.get(x.id)?.language ?? null,
      updated_at: x.updatedAt,
      rank: x.rank,
    })),
    facets: FACETS.flatMap((f, j) =>
      (values[j] ?? []).flatMap((value, code) => {
        const count = counts[j]![code]!;
        return count ? [{ facet: f.name, value, count }] : [];
      }),
    ),
    withoutFilter,
    withoutQuery,
  };
}

/** Practice and city names close to the query (trigram similarity), to suggest when nothing matched. */
export async function similarNames(db: Queryable, q: string, limit = 3): Promise<{ id: string; name: string }[]> {
  const r = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM (
       SELECT id, name, word_similarity($1, name) AS s FROM practices WHERE status = 'published'
       UNION ALL SELECT id, name, word_similarity($1, name) AS s FROM ${CITY_DIRECTORY} WHERE status = 'published') x
     WHERE s > 0.3 ORDER BY s DESC, name LIMIT $2`,
    [q, limit],
  );
  return r.rows;
}
