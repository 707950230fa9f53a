import { type Grid } from '../core/grid.ts';
import { type LocalLayers } from '../core/local-layers.ts';

/** Local layers as a store keeps them: the grid's frame, each listed cell's column and row, and values per layer. */
export interface StoredLayers {
  cellSize: number;
  originX: number;
  originY: number;
  width: number;
  height: number;
  /** True when the cells came from EU grid ids (cell ids are then written as such). */
  euGridIds?: boolean;
  /** Column and row of each cell, in (row, col) order. */
  cols: Int32Array;
  rows: Int32Array;
  layers: readonly { name: string; values: ArrayLike<number> }[];
}

/**
 * Stored layers as LocalLayers, so the file writers (GeoTIFF, Parquet, CSV) write them as they write
 * freshly computed ones. The grid carries positions only: no counts, areas or scopes.
 */
export function layersFromStore(stored: StoredLayers): LocalLayers {
  const n = stored.cols.length;
  for (const l of stored.layers)
    if (l.values.length !== n) throw new Error(`layer ${l.name}: ${l.values.length} values for ${n} cells`);
  const grid: Grid = {
    cellCount: n,
    groups: [],
    cellSize: stored.cellSize,
    originX: stored.originX,
    originY: stored.originY,
    width: stored.width,
    height: stored.height,
    euGridIds: stored.euGridIds ?? false,
    row: stored.rows,
    col: stored.cols,
    counts: [],
    total: new Float64Array(0),
    totalIsGroupSum: true,
    areaCodes: [],
    areaOf: null,
    scopes: [],
  };
  const names = stored.layers.map((l) => l.name);
  return {
    grid,
    names,
    fill(i, out) {
      for (let j = 0; j < stored.layers.length; j++) out[j] = stored.layers[j].values[i];
    },
    column(name) {
      const layer = stored.layers.find((l) => l.name === name);
      if (!layer) throw new Error(`no layer ${name}`);
      return Float64Array.from(layer.values);
    },
  };
}
