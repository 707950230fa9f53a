import { z } from 'zod';

/** A binary answer (PDF, Word, a layer's bytes): documented by its media type, any bytes. */
export const zBinary = (description: string) => z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ description });

/**
 * A JSON answer the handler serialises itself (large arrays): documented and checked by the
 * schema, while the handler may send the JSON text.
 */
export const selfSerialised = <S extends z.ZodType>(schema: S) =>
  schema as unknown as z.ZodType<z.output<S> | string, z.input<S>>;
