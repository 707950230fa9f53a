import { readFileSync } from 'node:fs';
import { gridFromArrays } from '../core/grid-from-arrays.ts';
import { type Grid } from '../core/grid.ts';

/** The cases of the independent numpy script (packages/indicators/reference). */
export interface ReferenceCase {
  name: string;
  cellSize: number;
  x: number[];
  y: number[];
  area: string[];
  groups: Record<string, number[]>;
  decomposition: {
    entropy: number;
    m: Record<'total' | 'between' | 'within', number>;
    h: Record<'total' | 'between' | 'within', number>;
    areas: { area: string; population_share: number; entropy: number; m: number; h: number; m_within: number }[];
    groups: Record<string, { share: number; m_total: number; m_between: number }>;
  };
  local: Record<string, Record<string, { local_i: (number | null)[]; gi_star_z: (number | null)[] }>>;
}

export const reference = JSON.parse(
  readFileSync(new URL('../../reference/decomposition_hotspots.json', import.meta.url), 'utf8'),
) as { numpy: string; cases: ReferenceCase[]; bh: { p: number[]; q: number[] } };

export function caseGrid(c: ReferenceCase): Grid {
  return gridFromArrays({ x: c.x, y: c.y, cellSize: c.cellSize, groups: c.groups, area: c.area });
}
