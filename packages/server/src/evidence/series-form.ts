import type { SeriesListView } from '@convivio/web';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { presentRun } from './presenter.ts';
import { presentSeriesListItem } from './series-presenter.ts';
import { listSeries } from './series-service.ts';
import { listRuns } from './service.ts';

type Body = Record<string, unknown>;
const EMPTY_FORM: SeriesListView['values'] = { name: '', runs: [], permutations: '199', seed: '1', public: false };

/** The start page's series part: the series the user may see, the runs with a year, the form. */
export async function seriesListView(
  db: Queryable,
  user: User | null,
  form: Pick<SeriesListView, 'problems' | 'values'> = { problems: [], values: EMPTY_FORM },
): Promise<SeriesListView> {
  const series = (await listSeries(db, user)).map((s) => presentSeriesListItem(s, user));
  const yearRuns = user
    ? (await listRuns(db, user))
        .filter((r) => r.status === 'succeeded' && r.options.year)
        .map((r) => presentRun(r, user))
    : [];
  return { series, yearRuns, ...form };
}

/** The form's text as the API's input; a number that is not a number is left for the schema to name. */
export function seriesInput(body: Body): { input: Record<string, unknown>; values: SeriesListView['values'] } {
  const text = (name: string) => (typeof body[name] === 'string' ? body[name].trim() : '');
  const runs = (Array.isArray(body.runs) ? body.runs : body.runs === undefined ? [] : [body.runs]).filter(
    (r): r is string => typeof r === 'string',
  );
  const values = {
    name: text('name'),
    runs,
    permutations: text('permutations'),
    seed: text('seed'),
    public: body.public === 'true',
  };
  const number = (s: string) => (s === '' ? undefined : Number(s));
  return {
    values,
    input: {
      name: values.name,
      runs,
      permutations: number(values.permutations),
      seed: number(values.seed),
      public: values.public,
    },
  };
}
