import { cellX, cellY, type Grid } from '../core/grid.ts';
import { type LocalLayers } from '../core/local-layers.ts';
import { projJson } from './crs.ts';
import { cellLabel } from './write-local-csv.ts';
import { ParquetWriter, type ParquetColumnSpec, type ParquetValues } from './write-parquet.ts';

const ROWS_PER_GROUP = 1 << 16;

/** A cell's square as a WKB polygon (little-endian), counter-clockwise from its lower-left corner. */
function cellPolygon(x: number, y: number, size: number): Uint8Array {
  const b = Buffer.alloc(93);
  b.writeUInt8(1, 0);
  b.writeUInt32LE(3, 1);
  b.writeUInt32LE(1, 5);
  b.writeUInt32LE(5, 9);
  const corners = [x, y, x + size, y, x + size, y + size, x, y + size, x, y];
  corners.forEach((v, k) => b.writeDoubleLE(v, 13 + 8 * k));
  return b;
}

/** GeoParquet 1.1 file metadata (the `geo` key) for the cell polygons of a grid. */
export function geoMetadata(grid: Grid, epsg: number): string {
  const { originX: x0, originY: y0, cellSize: s } = grid;
  return JSON.stringify({
    version: '1.1.0',
    primary_column: 'geometry',
    columns: {
      geometry: {
        encoding: 'WKB',
        geometry_types: ['Polygon'],
        crs: projJson(epsg),
        edges: 'planar',
        orientation: 'counterclockwise',
        bbox: [x0, y0, x0 + grid.width * s, y0 + grid.height * s],
      },
    },
  });
}

/**
 * Writes local layers as GeoParquet: cell_id, x, y (lower-left corner), area (when present),
 * one DOUBLE per layer (null where the layer is undefined, e.g. empty cells) and `geometry`,
 * the cell's square as WKB, described by the `geo` metadata with its CRS (EPSG:3035 as PROJJSON).
 */
export async function writeLocalParquet(path: string, layers: LocalLayers, epsg = 3035): Promise<void> {
  const { grid } = layers;
  const hasArea = grid.areaOf !== null;
  const columns: ParquetColumnSpec[] = [
    { name: 'cell_id', type: 'string' },
    { name: 'x', type: 'double' },
    { name: 'y', type: 'double' },
    ...(hasArea ? [{ name: 'area', type: 'string' as const }] : []),
    ...layers.names.map((name) => ({ name, type: 'double' as const, optional: true })),
    { name: 'geometry', type: 'binary' },
  ];
  const writer = await ParquetWriter.open(path, columns, { metadata: { geo: geoMetadata(grid, epsg) } });
  const values = new Float64Array(layers.names.length);
  for (let from = 0; from < grid.cellCount; from += ROWS_PER_GROUP) {
    const n = Math.min(ROWS_PER_GROUP, grid.cellCount - from);
    const ids: string[] = [];
    const areas: string[] = [];
    const shapes: Uint8Array[] = [];
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const layerCols = layers.names.map(() => new Float64Array(n));
    for (let r = 0; r < n; r++) {
      const i = from + r;
      ids.push(cellLabel(grid, i));
      if (grid.areaOf !== null) areas.push(grid.areaCodes[grid.areaOf[i]]);
      xs[r] = cellX(grid, i);
      ys[r] = cellY(grid, i);
      shapes.push(cellPolygon(xs[r], ys[r], grid.cellSize));
      layers.fill(i, values);
      for (let j = 0; j < values.length; j++) layerCols[j][r] = values[j];
    }
    const group: ParquetValues[] = [ids, xs, ys, ...(hasArea ? [areas] : []), ...layerCols, shapes];
    await writer.writeRowGroup(group);
  }
  await writer.close();
}
