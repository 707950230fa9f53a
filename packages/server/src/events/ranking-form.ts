import type { ChoicePointView } from '@convivio/web';
import type { EventRecord } from '@convivio/shared';
import type { FieldIssue } from '../errors.ts';
import { text, type FormBody } from '../web/form-body.ts';
import { choicePointsOf, type ChoicePoint } from './choice-points.ts';

/** The choice points of a programme as the ranking lists show them, with each option's description. */
export function choicePointViews(rec: EventRecord): ChoicePointView[] {
  return choicePointsOf(rec).map((p) => ({
    ...p,
    options: p.options.map((o) => {
      const session = rec.sessions.find((s) => s.id === o.sessionId);
      const description =
        p.kind === 'corner'
          ? (session?.presentations.find((x) => x.id === o.id)?.description ?? null)
          : (session?.description ?? null);
      return { id: o.id, title: o.title, label: o.label, description, practiceId: o.practiceId };
    }),
  }));
}

/**
 * Rankings from the ranking form: each option has a rank-number field
 * `rank.<choice point>.<option>` (1 = best, blank = not ranked; the script keeps
 * them in step with the reordered list). Bad numbers and two options given the
 * same number are problems named by the choice point's and the options' titles.
 */
export function rankingsFromForm(
  body: FormBody,
  points: ChoicePoint[],
): { rankings: Record<string, string[]>; issues: FieldIssue[] } {
  const rankings: Record<string, string[]> = {};
  const issues: FieldIssue[] = [];
  for (const point of points) {
    const given: { id: string; title: string; n: number }[] = [];
    for (const o of point.options) {
      const raw = text(body, `rank.${point.id}.${o.id}`).trim();
      if (raw === '') continue;
      const n = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
      if (!(n >= 1 && n <= point.options.length))
        issues.push({
          field: `rankings.${point.id}`,
          message: `${point.title}: the rank of "${o.title}" must be a number from 1 to ${point.options.length} ("${raw}" given)`,
        });
      else given.push({ id: o.id, title: o.title, n });
    }
    given.sort((a, b) => a.n - b.n);
    given.forEach((g, i) => {
      const before = given[i - 1];
      if (before && before.n === g.n)
        issues.push({
          field: `rankings.${point.id}`,
          message: `${point.title}: "${before.title}" and "${g.title}" both have rank ${g.n}; give each a different number`,
        });
    });
    rankings[point.id] = given.map((g) => g.id);
  }
  return { rankings, issues };
}

/** Ranking problems by choice point id ('' for any other), the first per point. */
export function rankingErrorsByPoint(issues: FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const m = /^rankings\.([^.]+)/.exec(i.field);
    const key = m?.[1] ?? '';
    out[key] = out[key] ? `${out[key]} ${i.message}` : i.message;
  }
  return out;
}
