/** Is this the error PostgreSQL (and PGlite) raise when a row refers to a row that does not exist (SQLSTATE 23503)? */
export const isForeignKeyViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23503';
