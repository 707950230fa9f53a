import { CITY_DIRECTORY } from '../cities/service.ts';
import type { Queryable } from '../db/database.ts';
import { encodeFacets, type FacetCodes } from './facet-codes.ts';
import type { IndexedPractice } from './facets.ts';
import { searchConfigFor } from './search-config.ts';

export type { IndexedPractice } from './facets.ts';

/** The loaded index: items and the text-search configurations (record languages) in use. */
export interface FacetIndex {
  version: string;
  items: IndexedPractice[];
  byId: Map<string, IndexedPractice>;
  codes: FacetCodes;
  searchConfigs: string[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const cache = new WeakMap<Queryable, FacetIndex>();

interface Row {
  id: string;
  name: string;
  kind: string;
  status: string;
  city_id: string | null;
  city_name: string | null;
  country: string | null;
  typology: string | null;
  language: string;
  themes: string[];
  target_groups: string[];
  action_plan_areas: string[];
  systematized: boolean | null;
  ongoing: boolean | null;
  updated_at: string | Date;
}

/**
 * Every practice's facet fields, cached per database handle and reloaded when the
 * practice index version (bumped by every write, in the writer's transaction) changes,
 * so several server processes stay consistent.
 */
export async function loadFacetIndex(db: Queryable): Promise<FacetIndex> {
  const version = String(
    (await db.query<{ version: string }>('SELECT version FROM practice_index_version WHERE id = 1')).rows[0]?.version ??
      '0',
  );
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit;
  const r = await db.query<Row>(
    `SELECT p.id, p.name, p.kind, p.status, p.city_id, c.name AS city_name, p.country, p.typology, p.language, p.themes,
            p.target_groups, p.action_plan_areas, p.systematized, p.ongoing, p.updated_at
     FROM practices p LEFT JOIN ${CITY_DIRECTORY} c ON c.id = p.city_id`,
  );
  const items = r.rows.map((x): IndexedPractice => ({
    id: x.id,
    name: x.name,
    kind: x.kind,
    status: x.status,
    cityId: x.city_id,
    cityName: x.city_name,
    country: x.country,
    typology: x.typology,
    language: x.language,
    themes: x.themes,
    targetGroups: x.target_groups,
    actionPlanAreas: x.action_plan_areas,
    systematized: x.systematized === null ? 'unknown' : x.systematized ? 'yes' : 'no',
    period: x.ongoing === null ? 'unknown' : x.ongoing ? 'ongoing' : 'ended',
    updatedAt: new Date(x.updated_at).toISOString(),
    nameOrder: 0,
    cityOrder: 0,
    pos: 0,
  }));
  const byName = [...items].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  byName.forEach((x, i) => {
    x.nameOrder = i;
  });
  const byCity = [...items].sort(
    (a, b) =>
      (a.cityName === null ? 1 : 0) - (b.cityName === null ? 1 : 0) ||
      collator.compare(a.cityName ?? '', b.cityName ?? '') ||
      a.nameOrder - b.nameOrder,
  );
  byCity.forEach((x, i) => {
    x.cityOrder = i;
  });
  // Queries are parsed in every language the texts are in: the records' and their translations'.
  const translated = await db.query<{ language: string }>('SELECT DISTINCT language FROM practice_translations');
  const searchConfigs = [
    ...new Set([...items.map((x) => x.language), ...translated.rows.map((x) => x.language)].map(searchConfigFor)),
  ];
  items.forEach((x, i) => {
    x.pos = i;
  });
  const loaded = {
    version,
    items,
    byId: new Map(items.map((x) => [x.id, x])),
    codes: encodeFacets(items),
    searchConfigs,
  };
  cache.set(db, loaded);
  return loaded;
}
