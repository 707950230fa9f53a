/** A facet of the practice search: how to filter on it and how to count its values. */
export interface FacetDefinition {
  /** Name in the API (query parameter and facet key). */
  name: string;
  /** SQL predicate for "row matches one of the selected values" ($n is a text[] parameter). */
  filter: (param: string) => string;
  /** SQL FROM-clause addition and value expression for counting. */
  valueFrom: string;
  valueExpr: string;
}

const scalar = (name: string, column: string): FacetDefinition => ({
  name, filter: (p) => `${column} = ANY(${p}::text[])`, valueFrom: '', valueExpr: column,
});
const array = (name: string, column: string): FacetDefinition => ({
  name, filter: (p) => `${column} && ${p}::text[]`, valueFrom: `, unnest(${column}) AS v`, valueExpr: 'v',
});

/** Every facet, in display order. `systematized` is yes/no/unknown; `period` is ongoing/ended/unknown. */
export const FACETS: FacetDefinition[] = [
  scalar('country', 'country'),
  scalar('city', 'city_id'),
  array('theme', 'themes'),
  array('targetGroup', 'target_groups'),
  scalar('typology', 'typology'),
  array('actionPlanArea', 'action_plan_areas'),
  scalar('systematized', "CASE systematized WHEN true THEN 'yes' WHEN false THEN 'no' ELSE 'unknown' END"),
  scalar('period', "CASE ongoing WHEN true THEN 'ongoing' WHEN false THEN 'ended' ELSE 'unknown' END"),
  scalar('kind', 'kind'),
  scalar('language', 'language'),
];

export const FACET_NAMES = FACETS.map((f) => f.name);
