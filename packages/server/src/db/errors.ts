/** Is this the error PostgreSQL (and PGlite) raise when a row refers to a row that does not exist (SQLSTATE 23503)? */
export const isForeignKeyViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23503';

/** Is this the error raised when a row would repeat a unique key (SQLSTATE 23505)? */
export const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23505';
