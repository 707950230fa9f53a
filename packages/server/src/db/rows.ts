/**
 * The one row a statement that always yields a row gave (INSERT … RETURNING, an aggregate);
 * its absence is a broken invariant, not a user error.
 */
export function onlyRow<T>(result: { rows: T[] }, statement: string): T {
  const row = result.rows[0];
  if (row === undefined) throw new Error(`${statement} returned no row`);
  return row;
}
