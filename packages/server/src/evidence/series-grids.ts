import { readGrid, readGridsBy, type Grid, type ReadLimits } from '@convivio/indicators';
import type { ColumnMapping } from '@convivio/shared';
import { engineMapping } from './engine-adapter.ts';

/** One year of a series: its run's file, mapping and year. */
export interface SeriesGridInput {
  /** The grid file's path (in the file store, or the bundled sample). */
  path: string;
  fileName: string;
  mapping: ColumnMapping;
  year: string;
}

/**
 * The years read together: those of one file with a year column under the same mapping (as
 * indices into `grids`, in their order); every other year alone.
 */
export function seriesReadings(grids: readonly SeriesGridInput[]): number[][] {
  const together = new Map<string, number[]>();
  grids.forEach((g, at) => {
    const key = g.mapping.year ? JSON.stringify([g.path, g.mapping.year, engineMapping(g.mapping)]) : `#${at}`;
    together.set(key, [...(together.get(key) ?? []), at]);
  });
  return [...together.values()];
}

/**
 * Reads the grid of each year of a series: the years of one file with a year column in one read
 * of the file (each year's grid as reading that year alone gives it), the others one by one.
 * `reading` is told the years of each read before it starts.
 */
export async function readSeriesGrids(
  grids: readonly SeriesGridInput[],
  limits: ReadLimits | undefined,
  reading: (years: string[], done: number) => void,
): Promise<Grid[]> {
  const out: Grid[] = new Array<Grid>(grids.length);
  let done = 0;
  for (const indices of seriesReadings(grids)) {
    const first = grids[indices[0]!]!;
    const years = indices.map((i) => grids[i]!.year);
    reading(years, done);
    if (indices.length === 1) {
      out[indices[0]!] = await readGrid(first.path, engineMapping(first.mapping, first.year), {
        name: first.fileName,
        limits,
      });
    } else {
      const split = await readGridsBy(
        first.path,
        engineMapping(first.mapping),
        { column: first.mapping.year!, values: years },
        { name: first.fileName, limits },
      );
      indices.forEach((i, k) => (out[i] = split.get(years[k]!)!));
    }
    done += indices.length;
  }
  return out;
}
