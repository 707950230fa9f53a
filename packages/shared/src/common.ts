import { z } from 'zod';

/** A stable record id: lower-case ASCII slug, e.g. `practice-milma`. */
export const zSlugId = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}-[a-z0-9]+(?:-[a-z0-9]+)*$`), {
      message: `must be a lower-case slug starting with "${prefix}-" (letters, digits, hyphens)`,
    })
    .max(120);

/** Where a record was taken from: a source document and its section. */
export const zSource = z
  .object({
    document: z.string().min(1).max(200),
    section: z.string().max(500).nullable(),
  })
  .describe('Provenance: the source document and section');

/** Optional free text; absent means null (the service turns blank strings into null). */
export const zText = z.string().max(50_000).nullable().default(null);

/**
 * A link in a record: an absolute http:// or https:// address, parsed as browsers parse it, so
 * javascript:, data: and every other scheme are refused (also when disguised with tabs or case).
 */
export const zWebUrl = z
  .url({ protocol: /^https?$/, error: 'must be a full URL starting with http:// or https://' })
  .trim()
  .max(2000, { error: 'must have at most 2,000 characters' });

export const zLanguage = z.string().regex(/^[a-z]{2}$/, { message: 'must be an ISO 639-1 code such as "en"' });

export type Source = z.infer<typeof zSource>;
