import { zSource } from '@convivio/shared';
import { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import { parseOrThrow } from '../errors.ts';
import { blanksToNull } from '../records/normalize.ts';

const zTitled = z.object({ title: z.string().min(1).max(500), text: z.string().max(50_000).nullable().default(null) });

/** The cross-city conclusions of the State-of-the-Art report (one object in the data set). */
export const zReportFindings = z.object({
  id: z.literal('report-findings').default('report-findings'),
  commonChallengesIntro: z.string().max(10_000).nullable().default(null),
  commonChallenges: z.array(zTitled).default([]),
  citiesStrategy: z.array(zTitled).default([]),
  interculturalApproach: z
    .object({ definition: z.string().nullable().default(null), principles: z.array(zTitled).default([]) })
    .nullable()
    .default(null),
  connectionPoints: z.array(zTitled).default([]),
  stakeholderOutreach: z
    .object({
      areas: z.array(z.object({ number: z.number().int(), id: z.string(), name: z.string() })).default([]),
      improvements: z.array(zTitled).default([]),
      communicationChannels: z.array(z.string()).default([]),
      source: zSource.nullable().default(null),
    })
    .nullable()
    .default(null),
  source: zSource.nullable().default(null),
});

export type ReportFindings = z.infer<typeof zReportFindings>;

/** Validates the findings object. */
export function parseFindings(input: unknown): ReportFindings {
  return parseOrThrow(zReportFindings, blanksToNull(input));
}

/** The stored findings, or null before they are imported. */
export async function findFindings(db: Queryable): Promise<ReportFindings | null> {
  return (
    (await db.query<{ record: ReportFindings }>("SELECT record FROM report_findings WHERE id = 'report-findings'"))
      .rows[0]?.record ?? null
  );
}

/** Stores the findings; says whether they were new. */
export async function upsertFindings(tx: Queryable, rec: ReportFindings): Promise<'created' | 'updated'> {
  const existed = (await findFindings(tx)) !== null;
  await tx.query(
    `INSERT INTO report_findings (id, record, updated_at) VALUES ('report-findings', $1, now())
    ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record, updated_at = now()`,
    [JSON.stringify(rec)],
  );
  return existed ? 'updated' : 'created';
}
