import type { Queryable } from '../db/database.ts';
import { loadFacetIndex, type IndexedPractice } from './facet-index.ts';
import { FACET_NAMES } from './facets.ts';

export interface RelatedPractice {
  id: string;
  name: string;
  city_name: string | null;
  shared: number;
}

/**
 * Published practices of other cities sharing themes or target groups with this one,
 * most related first: a shared theme counts 1, a shared target group ½, the same
 * typology ½; ties by name. One pass over the cached facet index keeping the best few.
 */
export async function findRelated(db: Queryable, id: string, limit = 6): Promise<RelatedPractice[]> {
  const { items, byId, codes } = await loadFacetIndex(db);
  const p = byId.get(id);
  if (!p) return [];
  const mask = (facet: string) => {
    const j = FACET_NAMES.indexOf(facet);
    const [values, off, c] = [codes.values[j], codes.offsets[j], codes.codes[j]];
    if (!values || !off || !c) throw new Error(`The facet index has no ${facet}`);
    const m = new Uint8Array(values.length);
    for (let k = off[p.pos]!; k < off[p.pos + 1]!; k++) m[c[k]!] = 1;
    return { m, off, c };
  };
  const themes = mask('theme');
  const groups = mask('targetGroup');
  const shared = (s: typeof themes, i: number) => {
    let count = 0;
    for (let k = s.off[i]!; k < s.off[i + 1]!; k++) count += s.m[s.c[k]!]!;
    return count;
  };
  const best: { o: IndexedPractice; shared: number }[] = [];
  const better = (a: { o: IndexedPractice; shared: number }, b: { o: IndexedPractice; shared: number }) =>
    a.shared > b.shared || (a.shared === b.shared && a.o.nameOrder < b.o.nameOrder);
  for (const [i, o] of items.entries()) {
    if (o === p || o.status !== 'published' || (p.cityId !== null && o.cityId === p.cityId)) continue;
    const sharedThemes = shared(themes, i);
    const sharedGroups = shared(groups, i);
    if (sharedThemes === 0 && sharedGroups === 0) continue;
    const candidate = {
      o,
      shared: sharedThemes + 0.5 * sharedGroups + (o.typology !== null && o.typology === p.typology ? 0.5 : 0),
    };
    if (best.length === limit && !better(candidate, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(candidate, best[at - 1]!)) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ o, shared }) => ({ id: o.id, name: o.name, city_name: o.cityName, shared }));
}
