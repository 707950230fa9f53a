import { z } from 'zod';
import { blanksToNull } from './normalize.ts';

type Shape = Record<string, z.ZodType>;

/**
 * A field as a write body takes it: a field with a default may be left out, and no default is
 * filled in (the default is documented, except in a change, where leaving a field out keeps it).
 */
function asSent(field: z.ZodType, documentDefault: boolean): z.ZodType {
  if (!(field instanceof z.ZodDefault)) return field;
  const meta = z.globalRegistry.get(field);
  return (field.unwrap() as z.ZodType)
    .optional()
    .meta({ ...meta, ...(documentDefault ? { default: field.def.defaultValue } : {}) });
}

/** The version a write started from: when the record is newer, the write answers 409 instead of overwriting. */
export const zVersionGuard = z
  .number()
  .int()
  .nullable()
  .optional()
  .describe(
    'The version you started from (from the record you read); when the record has changed since, the write answers 409',
  );

/**
 * The request body that writes a record: the record's own fields, validated at the edge with
 * the record's schema, blank strings as null. Fields with a default may be left out and stay
 * out (the service fills in the defaults, and can tell what was sent); `optional` fields come
 * from elsewhere (the URL, a generated id); `partial` makes every field optional (a change
 * that keeps what is not sent); `extra` adds what the operation takes besides the record.
 * The record's cross-field rules are checked by the service, which parses the whole record.
 */
export function writeBody<S extends Shape, E extends Shape = Record<never, z.ZodType>>(
  record: { shape: S },
  opts: {
    id: string;
    description: string;
    optional?: readonly (keyof S)[];
    omit?: readonly (keyof S)[];
    partial?: boolean;
    extra?: E;
  },
): z.ZodType<Record<string, unknown> & z.output<z.ZodObject<E>>, unknown> {
  const fields = Object.entries(record.shape)
    .filter(([name]) => !opts.omit?.includes(name))
    .map(([name, field]) => {
      const sent = asSent(field, !opts.partial);
      return [name, opts.partial || opts.optional?.includes(name) ? sent.optional() : sent];
    });
  const body = z.object({ ...Object.fromEntries(fields), ...opts.extra });
  return z.preprocess(blanksToNull, body).meta({ id: opts.id, description: opts.description }) as never;
}
