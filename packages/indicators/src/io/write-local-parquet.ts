import { cellX, cellY } from '../core/grid.ts';
import { type LocalLayers } from '../core/local-layers.ts';
import { cellLabel } from './write-local-csv.ts';
import { ParquetWriter, type ParquetColumnSpec, type ParquetValues } from './write-parquet.ts';

const ROWS_PER_GROUP = 1 << 16;

/** Writes local layers as Parquet: cell_id, x, y, area (when present), then one DOUBLE per layer. */
export async function writeLocalParquet(path: string, layers: LocalLayers): Promise<void> {
  const { grid } = layers;
  const hasArea = grid.areaOf !== null;
  const columns: ParquetColumnSpec[] = [
    { name: 'cell_id', type: 'string' },
    { name: 'x', type: 'double' },
    { name: 'y', type: 'double' },
    ...(hasArea ? [{ name: 'area', type: 'string' as const }] : []),
    ...layers.names.map((name) => ({ name, type: 'double' as const })),
  ];
  const writer = await ParquetWriter.open(path, columns);
  const values = new Float64Array(layers.names.length);
  for (let from = 0; from < grid.cellCount; from += ROWS_PER_GROUP) {
    const n = Math.min(ROWS_PER_GROUP, grid.cellCount - from);
    const ids: string[] = [];
    const areas: string[] = [];
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const layerCols = layers.names.map(() => new Float64Array(n));
    for (let r = 0; r < n; r++) {
      const i = from + r;
      ids.push(cellLabel(grid, i));
      if (grid.areaOf !== null) areas.push(grid.areaCodes[grid.areaOf[i]]);
      xs[r] = cellX(grid, i);
      ys[r] = cellY(grid, i);
      layers.fill(i, values);
      for (let j = 0; j < values.length; j++) layerCols[j][r] = values[j];
    }
    const group: ParquetValues[] = [ids, xs, ys, ...(hasArea ? [areas] : []), ...layerCols];
    await writer.writeRowGroup(group);
  }
  await writer.close();
}
