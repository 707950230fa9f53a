import { IndicatorError } from '../core/errors.ts';
import { checkMapping, type GridMapping } from './column-mapping.ts';

/** How readGridsBy splits the rows of one input: by the values of a column (e.g. the year). */
export interface SplitBy {
  /** The column whose value puts each row in its part (surrounding spaces ignored). */
  column: string;
  /**
   * The values to read, in the order wanted; rows holding another value are skipped unchecked
   * (as with `select`), and a value no row holds is an error. Default: every value, in the order
   * of first appearance.
   */
  values?: readonly string[];
  /** Most different values read when `values` is not given (default 100); one more stops the read with TOO_LARGE. */
  maxValues?: number;
}

/** Different values read by default when none are named (each part holds a grid builder). */
export const MAX_SPLIT_VALUES = 100;

/** Checks a split and the mapping it applies to, before any input is read (INVALID_OPTION). */
export function checkSplit(mapping: GridMapping, by: SplitBy): void {
  const bad = (msg: string): never => {
    throw new IndicatorError('INVALID_OPTION', msg);
  };
  if (mapping.select !== undefined) bad('give either a selection or a column to split by, not both');
  if (by.column.trim() === '') bad('name the column to split the rows by');
  if (by.values !== undefined && by.values.length === 0) bad(`name at least one value of column '${by.column}'`);
  const max = by.maxValues ?? MAX_SPLIT_VALUES;
  if (!(Number.isInteger(max) && max > 0))
    bad(`the most values to split by must be a whole number above 0, got ${max}`);
  checkMapping(withSplitColumn(mapping, by));
}

/** The mapping with the split column in the select role, so it is found, and checked, like any column. */
export function withSplitColumn(mapping: GridMapping, by: SplitBy): GridMapping {
  return { ...mapping, select: { column: by.column, value: '' } };
}

/**
 * The parts of a split input, one per value, each made on the first row that holds its value.
 * `partOf` answers null for a value not asked for; `finish` lists the parts in order and fails
 * for asked values no row holds.
 */
export class SplitParts<T> {
  private readonly parts = new Map<string, T>();
  private readonly asked: readonly string[] | null;
  private readonly askedSet: Set<string> | null;
  private readonly max: number;

  constructor(
    private readonly by: SplitBy,
    private readonly file: string,
    private readonly make: (value: string) => T,
    private readonly lineLabel: 'line' | 'row' = 'line',
  ) {
    this.asked = by.values === undefined ? null : [...new Set(by.values)];
    this.askedSet = this.asked === null ? null : new Set(this.asked);
    this.max = by.maxValues ?? MAX_SPLIT_VALUES;
  }

  /** The part of a row whose split column holds `value` (trimmed), or null when that value is not read. */
  partOf(value: string, line: number): T | null {
    const part = this.parts.get(value);
    if (part !== undefined) return part;
    if (this.askedSet !== null && !this.askedSet.has(value)) return null;
    if (this.askedSet === null && this.parts.size === this.max) {
      throw new IndicatorError(
        'TOO_LARGE',
        `column '${this.by.column}' holds more than ${this.max} different values ('${value}' is one more); name the values to read`,
        { file: this.file, line, lineLabel: this.lineLabel, column: this.by.column },
      );
    }
    const made = this.make(value);
    this.parts.set(value, made);
    return made;
  }

  /** The parts by value: the asked values in their order, else in order of first appearance. */
  finish(): Map<string, T> {
    if (this.asked === null) {
      if (this.parts.size === 0)
        throw new IndicatorError('EMPTY_INPUT', 'the input holds no cells', { file: this.file });
      return this.parts;
    }
    const absent = this.asked.filter((v) => !this.parts.has(v));
    if (absent.length > 0) {
      throw new IndicatorError(
        'EMPTY_INPUT',
        `no row has ${absent.map((v) => `'${v}'`).join(', ')} in column '${this.by.column}'`,
        { file: this.file, column: this.by.column },
      );
    }
    return new Map(this.asked.map((v) => [v, this.parts.get(v) as T]));
  }
}

/** Builds each part's grid, keeping the order. */
export function finishParts<T, G>(parts: Map<string, T>, finish: (part: T) => G): Map<string, G> {
  const out = new Map<string, G>();
  for (const [value, part] of parts) out.set(value, finish(part));
  return out;
}
