/** Names and shapes of the reported indices (the JSON output uses these names verbatim). */

/** Single-group indices: one group against the total population. */
export interface AspatialGroupIndices {
  share: number;
  dissimilarity: number;
  gini: number;
  entropy: number;
  isolation: number;
  exposure: number;
  atkinson: number;
  correlation_ratio: number;
  delta: number;
}

/** Single-group indices on a grid, with Moran's I of the group share. */
export interface GroupIndices extends AspatialGroupIndices {
  morans_i: number;
}

/** Multigroup indices over all groups. */
export interface MultigroupIndices {
  dissimilarity: number;
  gini: number;
  information_theory: number;
  normalized_exposure: number;
  relative_diversity: number;
  squared_coefficient_of_variation: number;
  divergence: number;
  diversity: number;
  diversity_normalized: number;
  simpson_concentration: number;
  simpson_interaction: number;
}

/** Spatial single-group indices; which keys appear depends on the convention (see README). */
export type SpatialGroupIndices = Partial<Record<SpatialGroupIndexName, number>> & {
  dissimilarity: number;
  entropy: number;
};
export type SpatialGroupIndexName =
  | 'dissimilarity'
  | 'gini'
  | 'entropy'
  | 'isolation'
  | 'exposure'
  | 'atkinson'
  | 'correlation_ratio';

/** Spatial multigroup indices; which keys appear depends on the convention. */
export type SpatialMultigroupIndices = Partial<Record<SpatialMultigroupIndexName, number>> & {
  information_theory: number;
  dissimilarity: number;
};
export type SpatialMultigroupIndexName =
  | 'information_theory'
  | 'dissimilarity'
  | 'relative_diversity'
  | 'gini'
  | 'normalized_exposure'
  | 'squared_coefficient_of_variation'
  | 'divergence';

/** Aspatial results for one set of units. */
export interface AspatialResult {
  groups: Record<string, AspatialGroupIndices>;
  multigroup: MultigroupIndices;
}
