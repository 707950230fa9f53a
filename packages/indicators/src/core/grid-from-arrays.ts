import { IndicatorError } from './errors.ts';
import { parseEuGridId } from './eu-grid-id.ts';
import { type Grid } from './grid.ts';
import { GridBuilder } from './grid-builder.ts';

/** Cells given as plain arrays (one entry per cell), e.g. from a database query. */
export interface GridArrays {
  /** EU grid ids (`CRS3035RES100mN…E…`); alternatively x, y and cellSize. */
  cellIds?: readonly string[];
  /** Lower-left corner coordinates. */
  x?: ArrayLike<number>;
  y?: ArrayLike<number>;
  cellSize?: number;
  /** Counts per group, in the order the groups should be reported. */
  groups: Readonly<Record<string, ArrayLike<number>>>;
  /** Total population per cell; defaults to the sum of the groups. */
  total?: ArrayLike<number>;
  /** Area (LAU or city) code per cell. */
  area?: readonly string[];
}

/**
 * Builds a Grid from in-memory arrays with the same checks as the file readers;
 * errors give the 1-based array position as the line.
 */
export function gridFromArrays(input: GridArrays): Grid {
  const names = Object.keys(input.groups);
  if (names.length === 0) throw new IndicatorError('INVALID_OPTION', 'at least one group is required');
  const useIds = input.cellIds !== undefined;
  if (!useIds && (input.x === undefined || input.y === undefined || input.cellSize === undefined)) {
    throw new IndicatorError('INVALID_OPTION', 'give cellIds, or x, y and cellSize');
  }
  const n = useIds ? (input.cellIds as readonly string[]).length : (input.x as ArrayLike<number>).length;
  const builder = new GridBuilder({
    groups: names.map((name) => ({ name })),
    total: input.total !== undefined ? { name: 'total' } : undefined,
    area: input.area !== undefined ? { name: 'area' } : undefined,
    position: { name: useIds ? 'cellIds' : 'x' },
    cellSize: useIds ? undefined : input.cellSize,
    euGridIds: useIds,
  });
  const columns = names.map((g) => input.groups[g]);
  const row = new Float64Array(names.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < columns.length; k++) row[k] = Number(columns[k][i]);
    const total = input.total !== undefined ? Number(input.total[i]) : NaN;
    if (input.total !== undefined && Number.isNaN(total)) {
      throw new IndicatorError('NON_NUMERIC', `total is not a number`, { line: i + 1, column: 'total' });
    }
    const area = input.area !== undefined ? builder.areaId(String(input.area[i]), i + 1) : -1;
    if (useIds) {
      const cell = withLine(() => parseEuGridId((input.cellIds as readonly string[])[i]), i + 1);
      builder.add(cell.x, cell.y, cell.resolution, row, total, area, i + 1);
    } else {
      builder.add(
        Number((input.x as ArrayLike<number>)[i]),
        Number((input.y as ArrayLike<number>)[i]),
        NaN,
        row,
        total,
        area,
        i + 1,
      );
    }
  }
  return builder.finish();
}

function withLine<T>(f: () => T, line: number): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof IndicatorError) throw new IndicatorError(e.code, e.message, { line, column: 'cellIds' });
    throw e;
  }
}
