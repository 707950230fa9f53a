/** The facet-relevant fields of one practice, held in memory for fast counting. */
export interface IndexedPractice {
  id: string;
  name: string;
  kind: string;
  status: string;
  cityId: string | null;
  cityName: string | null;
  country: string | null;
  typology: string | null;
  language: string;
  themes: string[];
  targetGroups: string[];
  actionPlanAreas: string[];
  systematized: 'yes' | 'no' | 'unknown';
  period: 'ongoing' | 'ended' | 'unknown';
  updatedAt: string;
  /** Positions in the name and city-then-name orders, computed once per load so sorting compares integers. */
  nameOrder: number;
  cityOrder: number;
  /** Position in `items`. */
  pos: number;
}

/** A facet of the practice search: its name in the API and the values a practice has for it. */
export interface FacetDefinition {
  name: string;
  /** The one value of a single-valued facet (null when absent)… */
  value?: (p: IndexedPractice) => string | null;
  /** …or the values of a multi-valued one (distinct). */
  values?: (p: IndexedPractice) => readonly string[];
}

const one = (get: (p: IndexedPractice) => string | null) => get;

/** Every facet, in display order. `systematized` is yes/no/unknown; `period` is ongoing/ended/unknown. */
export const FACETS: FacetDefinition[] = [
  { name: 'country', value: one((p) => p.country) },
  { name: 'city', value: one((p) => p.cityId) },
  { name: 'theme', values: (p) => p.themes },
  { name: 'targetGroup', values: (p) => p.targetGroups },
  { name: 'typology', value: one((p) => p.typology) },
  { name: 'actionPlanArea', values: (p) => p.actionPlanAreas },
  { name: 'systematized', value: one((p) => p.systematized) },
  { name: 'period', value: one((p) => p.period) },
  { name: 'kind', value: one((p) => p.kind) },
  { name: 'language', value: one((p) => p.language) },
];

export const FACET_NAMES = FACETS.map((f) => f.name);
