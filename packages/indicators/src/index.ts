/**
 * @convivio/indicators — segregation, concentration and diversity indices on population grids.
 *
 * Typical use:
 *   const grid = await readGrid('cells.csv.gz', { cellId: 'GRD_ID', area: 'LAU_CODE', groups: ['NAT', 'EU', 'AFR'] });
 *   const result = await computeIndicators(grid, { bandwidths: [500, 1000] });
 *   const layers = await computeLocalLayers(grid, { bandwidths: [500] });
 */
export { computeIndicators, computeLocalLayers } from './engine.ts';
export {
  computeIndicatorsSync,
  type AreaResult,
  type IndicatorResult,
  type ProgressCallback,
  type SpatialProfile,
  type SpatialResult,
} from './core/compute.ts';
export { inferIndices, type InferenceOptions, type IndexInference, type ScopeInference } from './core/inference.ts';
export { inferSpatial, type SpatialInference } from './core/spatial-inference.ts';
export { compareUnits, type Comparison } from './core/compare.ts';
export { compareGrids, type AreaChange, type CompareGridsOptions } from './core/compare-grids.ts';
export { decomposeInformation, type Decomposition } from './core/decompose.ts';
export { localHotspots, type HotspotOptions, type VariableHotspots } from './core/hotspots.ts';
export { type Neighbourhood } from './core/neighbours.ts';
export { benjaminiHochberg } from './core/fdr.ts';
export { computeLocalLayersSync, type LocalLayers } from './core/local-layers.ts';
export { computeAspatialForUnits, type UnitArrays } from './core/units.ts';
export { gridFromArrays, type GridArrays } from './core/grid-from-arrays.ts';
export { type Grid, type Scope, ALL, cellX, cellY } from './core/grid.ts';
export { type IndicatorOptions, type DecompositionUnits } from './core/options.ts';
export {
  KERNELS,
  COMPATS,
  buildStencil,
  kernelWeight,
  type KernelName,
  type Compat,
  type Stencil,
} from './core/kernels.ts';
export { moransI, moransIOfShares, type MoranEmptyCells } from './core/moran.ts';
export { parseEuGridId, formatEuGridId, type EuGridCell } from './core/eu-grid-id.ts';
export { IndicatorError, type IndicatorErrorCode, type ErrorLocation } from './core/errors.ts';
export type {
  AspatialGroupIndices,
  AspatialResult,
  GroupIndices,
  MultigroupIndices,
  SpatialGroupIndices,
  SpatialMultigroupIndices,
} from './core/indices.ts';
export { readGrid, type ReadGridOptions } from './io/read-grid.ts';
export { readGridsBy, type ReadGridsByOptions } from './io/read-grids-by.ts';
export { type SplitBy } from './io/split-by.ts';
export { type ReadLimits, describeBytes } from './io/read-limits.ts';
export { scanCsv, type CsvScan } from './io/scan-csv.ts';
export { parquetDataBytes, PARQUET_COMPRESSORS } from './io/parquet-grid-reader.ts';
export { type GridMapping } from './io/column-mapping.ts';
export { type GridSource } from './io/source.ts';
export { resultToJson, resultToCsv, writeResult } from './io/write-results.ts';
export { writeLocalCsv } from './io/write-local-csv.ts';
export { writeLocalGeoTiff, geoTiffHeader } from './io/write-geotiff.ts';
export { writeLocalParquet } from './io/write-local-parquet.ts';
export { layersFromStore, type StoredLayers } from './io/stored-layers.ts';
export { EPSG_3035_PROJJSON } from './io/crs.ts';
export { ParquetWriter, type ParquetColumnSpec } from './io/write-parquet.ts';
export { runIndicatorsCli } from './cli.ts';
export { shutdownWorkers } from './parallel/pool.ts';
export { syntheticGridText, writeSyntheticGrid, type SyntheticOptions } from './synthetic.ts';
