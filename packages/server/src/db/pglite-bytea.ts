import { types } from '@electric-sql/pglite';

/**
 * How an embedded database passes `bytea` values (an evidence run's layers and cells, a mail's
 * attachments) to and from PostgreSQL's hex text form, `\x0a1b…`.
 *
 * PGlite's own conversion goes byte by byte through JavaScript strings (`Array.from(bytes).map(…)`
 * one way, `parseInt` of every two letters the other). A layer of a million cells (4 MB) took a
 * median 1974 ms to store and 337 ms to read back that way; through Node's hex codec, 150 ms and
 * 37 ms, about what the PostgreSQL server takes (bench/results/bytea.md). A value read back is a
 * Buffer, as the server's driver gives it.
 */
export const BYTEA_SERIALIZERS = {
  [types.BYTEA]: (value: unknown): string => {
    if (!(value instanceof Uint8Array))
      throw new TypeError('Invalid input for bytea type: expected bytes (a Uint8Array)');
    return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  },
};

export const BYTEA_PARSERS = {
  // PostgreSQL sends bytea as hex (bytea_output = 'hex', its default since 9.0).
  [types.BYTEA]: (text: string): Buffer => Buffer.from(text.slice(2), 'hex'),
};
