import { zColumnMapping, type ColumnMapping } from '@convivio/shared';
import { type FieldIssue, parseOrThrow, validationError } from '../errors.ts';

/** Validates a column mapping and checks every column it names against the file's header. */
export function parseMapping(input: unknown, header: string[], field = 'mapping'): ColumnMapping {
  const mapping = parseOrThrow(zColumnMapping, input, field);
  const issues: FieldIssue[] = [];
  const known = new Set(header);
  const shown = header.length > 12 ? `${header.slice(0, 12).join(', ')}, …` : header.join(', ');
  const used = new Map<string, string>();
  const check = (path: string, column: string | null) => {
    if (column === null) return;
    if (!known.has(column)) {
      issues.push({
        field: `${field}.${path}`,
        message: `column "${column}" is not in the file's header (columns: ${shown})`,
      });
      return;
    }
    const other = used.get(column);
    if (other) issues.push({ field: `${field}.${path}`, message: `column "${column}" is already used as ${other}` });
    else used.set(column, path);
  };
  if (mapping.cellId) {
    check('cellId', mapping.cellId);
    if (mapping.x || mapping.y)
      issues.push({ field: `${field}.x`, message: 'give either the cell id column or x and y, not both' });
  } else {
    check('x', mapping.x);
    check('y', mapping.y);
  }
  check('area', mapping.area);
  mapping.groups.forEach((g, i) => check(`groups.${i}`, g));
  check('total', mapping.total);
  check('year', mapping.year);
  if (issues.length) throw validationError(issues);
  return mapping;
}

const ID_NAMES = /^(cell_?id|grd_?id|grid_?id|id|cell|code)$/i;
const AREA_NAMES = /^(area|area_?code|lau|lau_?id|lau_?code|nuts|city|municipality|gisco_?id)$/i;
const TOTAL_NAMES = /^(total|tot|pop|population|tot_?p|t)$/i;
const X_NAMES = /^(x|x_?ll|easting|e)$/i;
const Y_NAMES = /^(y|y_?ll|northing|n)$/i;
const YEAR_NAMES = /^(year|yr|jahr|ann[eé]e|a[nñ]o|anno|jaar|period|time_?period)$/i;
const EU_GRID_ID = /^CRS\d+RES\d+m?N\d+E\d+$/i;

/** A best guess at the mapping from column names and the first rows, for the form to start from. */
export function suggestMapping(header: string[], preview: string[][]): ColumnMapping | null {
  const find = (re: RegExp) => header.find((h) => re.test(h)) ?? null;
  const numeric = (i: number) =>
    preview.length > 0 &&
    preview.every((row) => row[i] !== undefined && row[i].trim() !== '' && Number.isFinite(Number(row[i])));
  const idColumn =
    header.find((h, i) => preview.length > 0 && preview.every((row) => EU_GRID_ID.test(row[i] ?? ''))) ?? null;
  const x = find(X_NAMES);
  const y = find(Y_NAMES);
  const byXy = !idColumn && x !== null && y !== null;
  const area = find(AREA_NAMES);
  const total = find(TOTAL_NAMES);
  const year = find(YEAR_NAMES);
  const taken = new Set(
    [idColumn, area, total, year, ...(byXy ? [x, y] : []), find(ID_NAMES)].filter((c): c is string => c !== null),
  );
  const groups = header.filter((h, i) => !taken.has(h) && !X_NAMES.test(h) && !Y_NAMES.test(h) && numeric(i));
  if (!groups.length || (!idColumn && !byXy)) return null;
  return {
    cellId: idColumn,
    x: byXy ? x : null,
    y: byXy ? y : null,
    cellSize: byXy ? guessCellSize(preview, header.indexOf(x), header.indexOf(y)) : null,
    area,
    groups,
    total,
    year,
  };
}

/** The smallest positive step between x (or y) values of the first rows, or null. */
function guessCellSize(preview: string[][], xi: number, yi: number): number | null {
  let best = Infinity;
  for (const i of [xi, yi]) {
    const values = [...new Set(preview.map((r) => Number(r[i])).filter(Number.isFinite))].sort((a, b) => a - b);
    values.forEach((v, k) => {
      if (k > 0) best = Math.min(best, v - values[k - 1]!);
    });
  }
  return Number.isFinite(best) && best > 0 ? best : null;
}
