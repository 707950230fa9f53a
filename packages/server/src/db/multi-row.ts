/** Rows written by one multi-row INSERT: few statements, and far below PostgreSQL's 65,535 parameters. */
export const INSERT_BATCH = 500;

/**
 * The VALUES list of a multi-row INSERT and its parameters: `($1,$2,…),($n,…)` for the given
 * rows (each row's values in column order); `extra` is added to every row as written (`now()`).
 */
export function multiRowValues(
  rows: readonly (readonly unknown[])[],
  extra?: string,
): { values: string; params: unknown[] } {
  const params: unknown[] = [];
  const values = rows.map((row) => {
    const marks = row.map((v) => {
      params.push(v);
      return `$${params.length}`;
    });
    return `(${[...marks, ...(extra ? [extra] : [])].join(',')})`;
  });
  return { values: values.join(','), params };
}

/** The rows in batches of INSERT_BATCH. */
export function* batches<T>(rows: readonly T[], size = INSERT_BATCH): Generator<T[]> {
  for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}
