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
