import type { IndexedPractice } from './facet-index.ts';

/** A facet of the practice search: its name in the API and the values a practice has for it. */
export interface FacetDefinition {
  name: string;
  values: (p: IndexedPractice) => readonly (string | null)[];
}

const one = (get: (p: IndexedPractice) => string | null) => (p: IndexedPractice) => [get(p)];

/** Every facet, in display order. `systematized` is yes/no/unknown; `period` is ongoing/ended/unknown. */
export const FACETS: FacetDefinition[] = [
  { name: 'country', values: one((p) => p.country) },
  { name: 'city', values: one((p) => p.cityId) },
  { name: 'theme', values: (p) => p.themes },
  { name: 'targetGroup', values: (p) => p.targetGroups },
  { name: 'typology', values: one((p) => p.typology) },
  { name: 'actionPlanArea', values: (p) => p.actionPlanAreas },
  { name: 'systematized', values: one((p) => p.systematized) },
  { name: 'period', values: one((p) => p.period) },
  { name: 'kind', values: one((p) => p.kind) },
  { name: 'language', values: one((p) => p.language) },
];

export const FACET_NAMES = FACETS.map((f) => f.name);
