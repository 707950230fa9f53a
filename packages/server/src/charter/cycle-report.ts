import type { AssessmentStatus, CharterCommitment } from '@convivio/shared';
import { toCsv } from '../csv/write.ts';
import { headerLabels, withBom } from '../csv/header-language.ts';
import { STATUS_RANK } from './weakest.ts';

/*
 * The cycle report: a matrix of commitments × cities (each cell the city's status in the
 * cycle, or none), and, against an earlier cycle, how each city's status moved on each
 * commitment. Pure (no I/O).
 */

export type Change = 'improved' | 'declined' | 'same' | 'new' | 'not-comparable';

export interface ReportCell {
  cityId: string;
  status: AssessmentStatus | null;
  /** Set when the report compares with an earlier cycle. */
  previous?: AssessmentStatus | null;
  change?: Change;
}

export interface CycleReportRow {
  commitment: CharterCommitment;
  cells: ReportCell[];
  achieved: number;
  /** Set when comparing: how many cities moved up or down on this commitment. */
  improved?: number;
  declined?: number;
}

export interface CycleReport {
  cities: { id: string; name: string; signatory: boolean; assessed: number }[];
  rows: CycleReportRow[];
}

/** How one city's status moved between two cycles. */
export function changeOf(before: AssessmentStatus | null, after: AssessmentStatus | null): Change {
  if (after === null) return 'not-comparable';
  if (before === null) return 'new';
  const a = STATUS_RANK[before];
  const b = STATUS_RANK[after];
  if (a === null || b === null) return before === after ? 'same' : 'not-comparable';
  return b > a ? 'improved' : b < a ? 'declined' : 'same';
}

type Assessed = { cityId: string; commitmentId: string; status: AssessmentStatus };

export function buildCycleReport(input: {
  commitments: CharterCommitment[];
  cities: { id: string; name: string; signatory: boolean }[];
  current: Assessed[];
  previous: Assessed[] | null;
}): CycleReport {
  const key = (cityId: string, commitmentId: string) => `${cityId} ${commitmentId}`;
  const now = new Map(input.current.map((a) => [key(a.cityId, a.commitmentId), a.status]));
  const before = input.previous ? new Map(input.previous.map((a) => [key(a.cityId, a.commitmentId), a.status])) : null;
  const rows = input.commitments.map((commitment): CycleReportRow => {
    const cells = input.cities.map((c): ReportCell => {
      const status = now.get(key(c.id, commitment.id)) ?? null;
      if (!before) return { cityId: c.id, status };
      const previous = before.get(key(c.id, commitment.id)) ?? null;
      return { cityId: c.id, status, previous, change: changeOf(previous, status) };
    });
    const row: CycleReportRow = { commitment, cells, achieved: cells.filter((c) => c.status === 'achieved').length };
    if (before) {
      row.improved = cells.filter((c) => c.change === 'improved').length;
      row.declined = cells.filter((c) => c.change === 'declined').length;
    }
    return row;
  });
  const cities = input.cities.map((c) => ({
    ...c,
    assessed: input.current.filter((a) => a.cityId === c.id).length,
  }));
  return { cities, rows };
}

/** The report as one CSV table: a row per commitment and city. */
export function cycleReportCsv(report: CycleReport, headerLang: string | null = null): string {
  const names = new Map(report.cities.map((c) => [c.id, c.name]));
  const header = headerLabels(
    'cycleReport',
    ['commitment', 'role', 'city', 'cityName', 'status', 'previous', 'change'],
    headerLang,
  );
  const rows = report.rows.flatMap((r) =>
    r.cells.map((c) => [
      r.commitment.id,
      r.commitment.role,
      c.cityId,
      names.get(c.cityId) ?? c.cityId,
      c.status ?? '',
      c.previous ?? '',
      c.change ?? '',
    ]),
  );
  return withBom(toCsv([header, ...rows]), headerLang);
}
