import { z } from 'zod';

/** One revision of a record as the API shows it. */
export const zRevision = z
  .object({
    version: z.number().int(),
    action: z.string(),
    status: z.string(),
    authorName: z.string().nullable(),
    createdAt: z.string(),
    record: z.record(z.string(), z.unknown()).describe('The record as it was at this version'),
  })
  .meta({ id: 'Revision' });

/** What changed between two revisions: each differing field with its word-level changes. */
export const zRevisionComparison = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    fields: z.array(
      z.object({
        field: z.string().describe('Dotted path of the field, e.g. duration.end or quantitativeResults.0.target'),
        before: z.string().nullable(),
        after: z.string().nullable(),
        parts: z.array(z.object({ op: z.enum(['same', 'removed', 'added']), text: z.string() })),
      }),
    ),
  })
  .meta({ id: 'RevisionComparison' });
