import type { CommitmentRole } from '@convivio/shared';
import { CITY_DIRECTORY } from '../cities/service.ts';
import { toCsv } from '../csv/write.ts';
import { headerLabels, withBom } from '../csv/header-language.ts';
import type { Queryable } from '../db/database.ts';

/** How many entries are planned, in progress, achieved and dropped. */
export interface StatusCounts {
  planned: number;
  inProgress: number;
  achieved: number;
  dropped: number;
}

export interface CharterReport {
  /** Per commitment: how many cities stand where. */
  byCommitment: ({ commitmentId: string; role: CommitmentRole; text: string } & StatusCounts)[];
  /** Per city (signatories and cities that recorded anything): how many commitments stand where. */
  byCity: ({ cityId: string; cityName: string; signatory: boolean } & StatusCounts)[];
}

const COUNTS = `count(cc.status) FILTER (WHERE cc.status = 'planned')::int AS planned,
  count(cc.status) FILTER (WHERE cc.status = 'in-progress')::int AS in_progress,
  count(cc.status) FILTER (WHERE cc.status = 'achieved')::int AS achieved,
  count(cc.status) FILTER (WHERE cc.status = 'dropped')::int AS dropped`;

interface CountRow {
  planned: number;
  in_progress: number;
  achieved: number;
  dropped: number;
}
const counts = (r: CountRow): StatusCounts => ({
  planned: r.planned,
  inProgress: r.in_progress,
  achieved: r.achieved,
  dropped: r.dropped,
});

/** The commitments report over published cities. */
export async function charterReport(db: Queryable): Promise<CharterReport> {
  const byCommitment = await db.query<CountRow & { id: string; role: CommitmentRole; text: string }>(
    `SELECT k.id, k.role, k.text, ${COUNTS}
     FROM charter_commitments k
     LEFT JOIN (city_commitments cc JOIN ${CITY_DIRECTORY} c ON c.id = cc.city_id AND c.status = 'published') ON cc.commitment_id = k.id
     GROUP BY k.id, k.role, k.text, k.position ORDER BY k.position`,
  );
  const byCity = await db.query<CountRow & { id: string; name: string; signatory: boolean }>(
    `SELECT c.id, c.name, (s.city_id IS NOT NULL) AS signatory, ${COUNTS}
     FROM ${CITY_DIRECTORY} c
     LEFT JOIN city_commitments cc ON cc.city_id = c.id
     LEFT JOIN charter_signatories s ON s.city_id = c.id
     WHERE c.status = 'published' AND (cc.city_id IS NOT NULL OR s.city_id IS NOT NULL)
     GROUP BY c.id, c.name, s.city_id ORDER BY c.name`,
  );
  return {
    byCommitment: byCommitment.rows.map((r) => ({ commitmentId: r.id, role: r.role, text: r.text, ...counts(r) })),
    byCity: byCity.rows.map((r) => ({ cityId: r.id, cityName: r.name, signatory: r.signatory, ...counts(r) })),
  };
}

/** The report as one CSV table (the server's CSV writer): a row per commitment, then a row per city, told apart by `scope`. */
export function charterReportCsv(report: CharterReport, headerLang: string | null = null): string {
  const keys = ['scope', 'id', 'name', 'role', 'signatory', 'planned', 'in-progress', 'achieved', 'dropped'];
  const header = headerLabels('charterReport', keys, headerLang);
  const tail = (c: StatusCounts) => [c.planned, c.inProgress, c.achieved, c.dropped];
  const rows = [
    ...report.byCommitment.map((c) => ['commitment', c.commitmentId, c.text, c.role, '', ...tail(c)]),
    ...report.byCity.map((c) => ['city', c.cityId, c.cityName, '', c.signatory ? 'yes' : 'no', ...tail(c)]),
  ];
  return withBom(toCsv([header, ...rows]), headerLang);
}
