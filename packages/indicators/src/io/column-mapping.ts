import { IndicatorError } from '../core/errors.ts';
import { type ColumnRef } from '../core/grid-builder.ts';

/** Which input columns hold what. Give `cellId`, or `x`, `y` and `cellSize`. */
export interface GridMapping {
  /** Column of EU grid ids (`CRS3035RES100mN…E…`). */
  cellId?: string;
  /** Columns of lower-left corner coordinates, with the cell size (same unit). */
  x?: string;
  y?: string;
  cellSize?: number;
  /** Column of area codes (LAU or city) grouping cells into areas. */
  area?: string;
  /** One count column per population group. */
  groups: readonly string[];
  /** Column of total population; default: the sum of the groups. */
  total?: string;
  /** CSV delimiter (one character); detected from the header when omitted. */
  delimiter?: string;
  /**
   * Reads only the rows whose `column` holds exactly `value` (e.g. one year of a grid that has
   * a row per cell and year); the other rows are skipped unchecked.
   */
  select?: { column: string; value: string };
}

/** Header positions (0-based, -1 when unused) and references for messages. */
export interface ResolvedColumns {
  cellId: number;
  x: number;
  y: number;
  area: number;
  total: number;
  groups: number[];
  /** Position of the select column, -1 when every row is read. */
  select: number;
  refs: { position: ColumnRef; area?: ColumnRef; total?: ColumnRef; groups: ColumnRef[]; x?: ColumnRef; y?: ColumnRef };
  fieldCount: number;
}

/** Checks the mapping itself (before any file is read). */
export function checkMapping(m: GridMapping): void {
  const bad = (msg: string): never => {
    throw new IndicatorError('INVALID_OPTION', msg);
  };
  if (m.groups.length === 0) bad('give at least one group column');
  const xy = m.x !== undefined || m.y !== undefined || m.cellSize !== undefined;
  if (m.cellId !== undefined && xy) bad('give either a cell id column or x, y and a cell size, not both');
  if (m.cellId === undefined && (m.x === undefined || m.y === undefined || m.cellSize === undefined)) {
    bad('give a cell id column, or x and y columns with a cell size');
  }
  if (m.cellSize !== undefined && !(m.cellSize > 0)) bad(`cell size must be positive, got ${m.cellSize}`);
  const used = [m.cellId, m.x, m.y, m.area, m.total, ...m.groups, m.select?.column].filter(
    (c): c is string => c !== undefined,
  );
  const dup = used.find((c, i) => used.indexOf(c) !== i);
  if (dup !== undefined) bad(`column '${dup}' is given more than one role`);
  if (m.delimiter !== undefined && new TextEncoder().encode(m.delimiter).length !== 1)
    bad('the delimiter must be a single byte');
}

/**
 * Finds the mapped columns in a header (exact name first, then a unique case-insensitive
 * match). Throws MISSING_COLUMN naming the column and listing those present.
 */
export function resolveColumns(header: readonly string[], m: GridMapping, file?: string): ResolvedColumns {
  checkMapping(m);
  const find = (name: string | undefined): number => {
    if (name === undefined) return -1;
    let at = header.indexOf(name);
    if (at < 0) {
      const folded = header.map((h) => h.toLowerCase());
      const first = folded.indexOf(name.toLowerCase());
      if (first >= 0 && folded.lastIndexOf(name.toLowerCase()) === first) at = first;
    }
    if (at < 0) {
      throw new IndicatorError('MISSING_COLUMN', `no column '${name}' (columns: ${header.join(', ')})`, {
        file,
        line: 1,
        column: name,
      });
    }
    return at;
  };
  const ref = (at: number): ColumnRef => ({ name: header[at], index: at + 1 });
  const cellId = find(m.cellId);
  const x = find(m.x);
  const y = find(m.y);
  const area = find(m.area);
  const total = find(m.total);
  const groups = m.groups.map(find);
  const select = find(m.select?.column);
  return {
    cellId,
    x,
    y,
    area,
    total,
    groups,
    select,
    refs: {
      position: ref(cellId >= 0 ? cellId : x),
      area: area >= 0 ? ref(area) : undefined,
      total: total >= 0 ? ref(total) : undefined,
      groups: groups.map(ref),
      x: x >= 0 ? ref(x) : undefined,
      y: y >= 0 ? ref(y) : undefined,
    },
    fieldCount: header.length,
  };
}
