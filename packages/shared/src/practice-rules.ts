import type { PracticeRecord } from './practice.ts';

/** One broken rule that spans fields: where (dotted path) and what, naming the fields by their labels. */
export interface PracticeRuleIssue {
  field: string;
  message: string;
}

/** `YYYY` or `YYYY-MM` as [year, month or null]. */
const parts = (d: string): [number, number | null] => {
  const [y, m] = d.split('-');
  return [Number(y), m ? Number(m) : null];
};

/**
 * Whether partial date `end` is before `start`: by year, then by month when both give one
 * ("2019" is not before "2019-05": it may be any month of 2019).
 */
export function partialDateBefore(end: string, start: string): boolean {
  const [ey, em] = parts(end);
  const [sy, sm] = parts(start);
  if (ey !== sy) return ey < sy;
  return em !== null && sm !== null && em < sm;
}

/**
 * The rules of the practice template that span several fields, checked on every create,
 * update, import and restore: the end comes no earlier than the start, and a quantitative
 * result's target is positive. (A count needs no unit: the indicator names what is counted.)
 */
export function practiceRuleIssues(rec: PracticeRecord): PracticeRuleIssue[] {
  const issues: PracticeRuleIssue[] = [];
  const { start, end } = rec.duration;
  if (start && end && partialDateBefore(end, start))
    issues.push({
      field: 'duration.end',
      message: `End (${end}) is before Start (${start}): a practice cannot end before it starts`,
    });
  rec.quantitativeResults.forEach((r, i) => {
    const which = `Quantitative result ${i + 1}`;
    if (r.target !== null && r.target <= 0)
      issues.push({
        field: `quantitativeResults.${i}.target`,
        message: `${which}: Target (${r.target}) must be greater than 0 to measure Achieved against it`,
      });
  });
  return issues;
}
