import type { Queryable } from '../db/database.ts';
import { loadFacetIndex, type IndexedPractice } from './facet-index.ts';

export interface RelatedPractice { id: string; name: string; city_name: string | null; shared: number }

const overlap = (a: readonly string[], b: readonly string[]) => a.reduce((n, x) => n + (b.includes(x) ? 1 : 0), 0);

/** How related another practice is: shared themes count 1, shared target groups ½, the same typology ½. */
function score(p: IndexedPractice, o: IndexedPractice): number {
  return overlap(o.themes, p.themes) + 0.5 * overlap(o.targetGroups, p.targetGroups) + (o.typology !== null && o.typology === p.typology ? 0.5 : 0);
}

/**
 * Published practices of other cities sharing themes or target groups with this one,
 * most related first (computed over the cached facet index).
 */
export async function findRelated(db: Queryable, id: string, limit = 6): Promise<RelatedPractice[]> {
  const { items } = await loadFacetIndex(db);
  const p = items.find((x) => x.id === id);
  if (!p) return [];
  return items
    .filter((o) => o.id !== id && o.status === 'published' && (p.cityId === null || o.cityId !== p.cityId)
      && (overlap(o.themes, p.themes) > 0 || overlap(o.targetGroups, p.targetGroups) > 0))
    .map((o) => ({ o, shared: score(p, o) }))
    .sort((a, b) => b.shared - a.shared || a.o.nameOrder - b.o.nameOrder)
    .slice(0, limit)
    .map(({ o, shared }) => ({ id: o.id, name: o.name, city_name: o.cityName, shared }));
}
