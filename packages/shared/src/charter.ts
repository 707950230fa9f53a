import { z } from 'zod';
import { zSlugId, zSource, zText } from './common.ts';
import { zIsoDate } from './stakeholder.ts';

/** The one charter the platform keeps: the EUROCITIES Integrating Cities Charter. */
export const CHARTER_ID = 'charter-integrating-cities';

/** The city's roles the charter's commitments apply to (`buyer`: buyer of goods and services). */
export const COMMITMENT_ROLES = ['policy-maker', 'service-provider', 'employer', 'buyer'] as const;

/** Where a city stands with one commitment. */
export const COMMITMENT_STATUSES = ['planned', 'in-progress', 'achieved', 'dropped'] as const;

export type CommitmentRole = (typeof COMMITMENT_ROLES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** One commitment of the charter, in the source's words. */
export const zCharterCommitment = z.object({
  id: zSlugId(CHARTER_ID),
  role: z.enum(COMMITMENT_ROLES),
  text: z.string().trim().min(1).max(5000),
});

/** Adds an issue for every value that appears earlier in the same list. */
export function noDuplicates(
  values: string[],
  path: (i: number) => (string | number)[],
  what: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) ctx.addIssue({ code: 'custom', path: path(i), message: `${what} "${v}" is listed twice` });
    seen.add(v);
  });
}

/** The charter as the data set holds it (one object under the `charter` key). */
export const zCharterRecord = z
  .object({
    id: z.literal(CHARTER_ID, { message: `must be "${CHARTER_ID}"` }),
    name: z.string().trim().min(1).max(300),
    description: zText,
    signatoryCount: z.number().int().nonnegative().nullable().default(null),
    signatoryCityIds: z.array(zSlugId('city')).default([]),
    commitments: z.array(zCharterCommitment).default([]),
    source: zSource.nullable().default(null),
  })
  .superRefine((c, ctx) => {
    noDuplicates(c.signatoryCityIds, (i) => ['signatoryCityIds', i], 'city', ctx);
    noDuplicates(
      c.commitments.map((x) => x.id),
      (i) => ['commitments', i, 'id'],
      'commitment',
      ctx,
    );
  });

/** What a city's editor records about one commitment. */
export const zCityCommitmentWrite = z
  .object({
    status: z.enum(COMMITMENT_STATUSES, { message: `must be one of ${COMMITMENT_STATUSES.join(', ')}` }),
    note: z.string().trim().max(5000).nullable().default(null),
    evidenceLinks: z
      .array(
        z
          .string()
          .trim()
          .max(2000)
          .regex(/^https?:\/\/[^\s/?#]+\.[^\s]+$/, {
            message: 'must be a web address starting with http:// or https://',
          }),
      )
      .max(20)
      .default([]),
    practiceIds: z.array(zSlugId('practice')).max(50).default([]),
  })
  .superRefine((c, ctx) => {
    noDuplicates(c.evidenceLinks, (i) => ['evidenceLinks', i], 'link', ctx);
    noDuplicates(c.practiceIds, (i) => ['practiceIds', i], 'practice', ctx);
  });

/** An administrator's statement that a city has (or has not) signed the charter. */
export const zSignatoryWrite = z
  .object({
    signed: z.boolean({ message: 'must be true or false' }),
    signedOn: zIsoDate.nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (!s.signed && s.signedOn)
      ctx.addIssue({ code: 'custom', path: ['signedOn'], message: 'can only be given for a city that signed' });
  });

export type CharterRecord = z.infer<typeof zCharterRecord>;
export type CharterCommitment = z.infer<typeof zCharterCommitment>;
export type CityCommitmentWrite = z.infer<typeof zCityCommitmentWrite>;
export type SignatoryWrite = z.infer<typeof zSignatoryWrite>;
