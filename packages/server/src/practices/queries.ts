import type { PracticeRecord } from '@convivio/shared';
import { CITY_DIRECTORY, findCity, type CityBefore } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { listTranslations } from '../records/translations.ts';
import { searchConfigFor } from './search-config.ts';
import { PRACTICE_TRANSLATION } from './translation-kind.ts';
import { onlyRow } from '../db/rows.ts';

export interface PracticeRow {
  id: string;
  name: string;
  city_id: string | null;
  status: 'draft' | 'published';
  version: number;
  record: PracticeRecord;
  created_at: string | Date;
  updated_at: string | Date;
  city_name: string | null;
  country: string | null;
}

/** A practice with its city's name, or null. */
export async function findPractice(db: Queryable, id: string): Promise<PracticeRow | null> {
  const r = await db.query<PracticeRow>(
    `SELECT p.id, p.name, p.city_id, p.status, p.version, p.record, p.created_at, p.updated_at, c.name AS city_name, p.country
     FROM practices p LEFT JOIN ${CITY_DIRECTORY} c ON c.id = p.city_id WHERE p.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

/** The texts the search indexes, by weight: A the name, B what it is about, C everything else. */
function searchTexts(rec: PracticeRecord, cityName: string | null): [string, string, string] {
  const b = [rec.area, rec.challengesAddressed, rec.description, cityName, ...rec.themes, ...rec.targetGroups]
    .filter(Boolean)
    .join(' ');
  const c = [
    rec.stakeholders,
    rec.results,
    rec.communicationStrategy,
    rec.stakeholderInvolvement,
    rec.migrantInvolvement,
    rec.challengesExperienced,
    rec.recommendations,
    rec.lessonsLearned,
    rec.funding,
    rec.duration.text,
    rec.systematized.note,
    ...rec.quantitativeResults.map((q) => q.indicator),
  ]
    .filter(Boolean)
    .join(' ');
  return [rec.name, b, c];
}

/** Inserts or replaces a practice row (facet columns, full record and search vector) from a validated record; resolves with the row. */
export async function upsertPractice(
  tx: Queryable,
  rec: PracticeRecord,
  status: string,
  version: number,
): Promise<PracticeRow> {
  const city = rec.cityId ? await findCity(tx, rec.cityId) : null;
  const r = await tx.query<Omit<PracticeRow, 'city_name'>>(
    `INSERT INTO practices (id, name, kind, city_id, country, status, language, typology, themes, target_groups,
       action_plan_areas, systematized, ongoing, record, version, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15, now())
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, city_id = EXCLUDED.city_id,
       country = EXCLUDED.country, status = EXCLUDED.status, language = EXCLUDED.language, typology = EXCLUDED.typology,
       themes = EXCLUDED.themes, target_groups = EXCLUDED.target_groups, action_plan_areas = EXCLUDED.action_plan_areas,
       systematized = EXCLUDED.systematized, ongoing = EXCLUDED.ongoing, record = EXCLUDED.record,
       version = EXCLUDED.version, updated_at = now()
     RETURNING id, name, city_id, status, version, record, created_at, updated_at, country`,
    [
      rec.id,
      rec.name,
      rec.kind,
      rec.cityId,
      city?.country ?? null,
      status,
      rec.language,
      rec.typology,
      [...new Set(rec.themes)],
      [...new Set(rec.targetGroups)],
      [...new Set(rec.actionPlanAreas)],
      rec.systematized.value,
      rec.duration.ongoing,
      JSON.stringify(rec),
      version,
    ],
  );
  await writeSearchVector(tx, rec, city?.name ?? null);
  await bumpIndexVersion(tx);
  return { ...onlyRow(r, 'Writing a practice'), city_name: city?.name ?? null };
}

/**
 * Stores the search vector of a practice (its texts weighted A, B, C; its city's name among B) and
 * its words (for spelling correction). Each translation adds its name (A) and other texts (B),
 * stemmed in the translation's language, so a practice is found by the words of any of them.
 */
async function writeSearchVector(tx: Queryable, rec: PracticeRecord, cityName: string | null): Promise<void> {
  const [a, b, c] = searchTexts(rec, cityName);
  const params: unknown[] = [rec.id, searchConfigFor(rec.language), a, b, c];
  let vector = '';
  let words = '';
  for (const t of await listTranslations(tx, PRACTICE_TRANSLATION, rec.id)) {
    const { name, ...rest } = t.fields;
    const n = params.push(searchConfigFor(t.language), String(name ?? ''), Object.values(rest).flat().join(' '));
    const [cfg, tName, tText] = [`$${n - 2}::regconfig`, `unaccent($${n - 1})`, `unaccent($${n})`];
    vector += ` || setweight(to_tsvector(${cfg}, ${tName}), 'A') || setweight(to_tsvector('simple', ${tName}), 'A')
       || setweight(to_tsvector(${cfg}, ${tText}), 'B')`;
    words += ` || strip(to_tsvector('simple', ${tName} || ' ' || ${tText}))`;
  }
  await tx.query(
    `INSERT INTO practice_search (id, config, vector, words) VALUES ($1, $2::regconfig,
       setweight(to_tsvector($2::regconfig, unaccent($3)), 'A') || setweight(to_tsvector('simple', unaccent($3)), 'A')
       || setweight(to_tsvector($2::regconfig, unaccent($4)), 'B') || setweight(to_tsvector($2::regconfig, unaccent($5)), 'C')${vector},
       strip(to_tsvector('simple', unaccent($3 || ' ' || $4 || ' ' || $5)))${words})
     ON CONFLICT (id) DO UPDATE SET config = EXCLUDED.config, vector = EXCLUDED.vector, words = EXCLUDED.words`,
    params,
  );
}

/**
 * Keeps a city's practices in step after the city was written (registered in src/hooks.ts):
 * their country, their search text when the city's name changed, and the facet index.
 */
export async function refreshCityOfPractices(
  tx: Queryable,
  city: { id: string; name: string; country: string },
  before: CityBefore,
): Promise<void> {
  await tx.query('UPDATE practices SET country = $2 WHERE city_id = $1 AND country IS DISTINCT FROM $2', [
    city.id,
    city.country,
  ]);
  if (before && before.name !== city.name) {
    const r = await tx.query<{ record: PracticeRecord }>('SELECT record FROM practices WHERE city_id = $1', [city.id]);
    for (const { record } of r.rows) await writeSearchVector(tx, record, city.name);
  }
  await bumpIndexVersion(tx);
}

/** Refreshes a practice's search text after its translations changed (in the same transaction). */
export async function refreshPracticeSearch(tx: Queryable, id: string): Promise<void> {
  const row = await findPractice(tx, id);
  if (row) await writeSearchVector(tx, row.record, row.city_name);
  await bumpIndexVersion(tx);
}

/** Marks the practice index as changed (facet caches in every process reload on their next search). */
export async function bumpIndexVersion(tx: Queryable): Promise<void> {
  await tx.query('UPDATE practice_index_version SET version = version + 1 WHERE id = 1');
}

/** Which of these ids are existing practices (any status). */
export async function existingPracticeIds(db: Queryable, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const r = await db.query<{ id: string }>('SELECT id FROM practices WHERE id = ANY($1)', [ids]);
  return new Set(r.rows.map((x) => x.id));
}

/** A practice as other domains list it. */
export interface PracticeSummary {
  id: string;
  name: string;
  kind: string;
  typology: string | null;
  status: string;
  themes: string[];
  city_id: string | null;
}

/** A city's practices (drafts too when `includeDrafts`), by name. */
export async function practicesOfCity(
  db: Queryable,
  cityId: string,
  includeDrafts: boolean,
): Promise<Omit<PracticeSummary, 'city_id'>[]> {
  const r = await db.query<Omit<PracticeSummary, 'city_id'>>(
    `SELECT id, name, kind, typology, status, themes FROM practices WHERE city_id = $1 AND ($2 OR status = 'published') ORDER BY name`,
    [cityId, includeDrafts],
  );
  return r.rows;
}

/** These practices (any status), for callers that decide themselves what to show. */
export async function practiceSummaries(db: Queryable, ids: string[]): Promise<PracticeSummary[]> {
  if (!ids.length) return [];
  const r = await db.query<PracticeSummary>(
    'SELECT id, name, kind, typology, status, themes, city_id FROM practices WHERE id = ANY($1::text[])',
    [ids],
  );
  return r.rows;
}

/** How many published practices each city has. */
export async function publishedPracticeCounts(db: Queryable): Promise<Map<string, number>> {
  const r = await db.query<{ city_id: string; n: number }>(
    "SELECT city_id, count(*)::int AS n FROM practices WHERE status = 'published' AND city_id IS NOT NULL GROUP BY city_id",
  );
  return new Map(r.rows.map((x) => [x.city_id, x.n]));
}

/** Names of the published practices with these ids (all published ones when `ids` is null), by name. */
export async function publishedPracticeNames(
  db: Queryable,
  ids: string[] | null,
): Promise<{ id: string; name: string }[]> {
  if (ids && !ids.length) return [];
  const r = await db.query<{ id: string; name: string }>(
    "SELECT id, name FROM practices WHERE ($1::text[] IS NULL OR id = ANY($1::text[])) AND status = 'published' ORDER BY name",
    [ids],
  );
  return r.rows;
}

/** A published practice with its city's name, as the State-of-the-Art report reads it. */
export interface PublishedPracticeRow {
  record: PracticeRecord;
  city_name: string | null;
}

/** Published practices of these cities, by name. */
export async function publishedPracticesOfCities(db: Queryable, cityIds: string[]): Promise<PublishedPracticeRow[]> {
  const r = await db.query<PublishedPracticeRow>(
    `SELECT p.record, c.name AS city_name FROM practices p LEFT JOIN ${CITY_DIRECTORY} c ON c.id = p.city_id
     WHERE p.status = 'published' AND p.city_id = ANY($1) ORDER BY p.name`,
    [cityIds],
  );
  return r.rows;
}

/** Published practices without a typology that come from these source documents. */
export async function unclassifiedPracticesFromSources(
  db: Queryable,
  documents: string[],
): Promise<PublishedPracticeRow[]> {
  if (!documents.length) return [];
  const r = await db.query<PublishedPracticeRow>(
    `SELECT p.record, c.name AS city_name FROM practices p LEFT JOIN ${CITY_DIRECTORY} c ON c.id = p.city_id
     WHERE p.status = 'published' AND p.typology IS NULL AND p.record->'source'->>'document' = ANY($1)
     ORDER BY p.name`,
    [documents],
  );
  return r.rows;
}

/** Published practices created or changed after a moment (the follows' digests), the latest first. */
export async function publishedPracticesChangedSince(db: Queryable, since: Date) {
  const r = await db.query<{
    id: string;
    name: string;
    city_id: string | null;
    themes: string[];
    created_at: Date | string;
    updated_at: Date | string;
  }>(
    `SELECT id, name, city_id, themes, created_at, updated_at FROM practices
     WHERE status = 'published' AND updated_at > $1 ORDER BY updated_at DESC LIMIT 500`,
    [since],
  );
  return r.rows;
}

/** How many published practices each theme has (themes without any are absent). */
export async function publishedThemeCounts(db: Queryable): Promise<Map<string, number>> {
  const r = await db.query<{ theme: string; n: number }>(
    "SELECT theme, count(*)::int AS n FROM practices, unnest(themes) AS theme WHERE status = 'published' GROUP BY theme",
  );
  return new Map(r.rows.map((x) => [x.theme, x.n]));
}

/** The published practices of a theme, by name, with their city. */
export async function publishedPracticesOfTheme(
  db: Queryable,
  theme: string,
): Promise<{ id: string; name: string; city_id: string | null }[]> {
  const r = await db.query<{ id: string; name: string; city_id: string | null }>(
    "SELECT id, name, city_id FROM practices WHERE status = 'published' AND $1 = ANY(themes) ORDER BY name, id",
    [theme],
  );
  return r.rows;
}
