import type { EvidenceSeries, EvidenceSeriesListItem } from '@convivio/shared';
import type { User } from '../accounts/schema.ts';
import type { Queryable } from '../db/database.ts';
import { presentHolder } from './presenter.ts';
import { findRun } from './run-queries.ts';
import type { SeriesListRow, SeriesRow } from './series-queries.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

/** What the list and the full form of a series share. */
function seriesHead(row: SeriesRow | SeriesListRow, user: User | null) {
  const done = row.status === 'succeeded';
  return {
    id: row.id,
    name: row.name,
    public: row.public,
    ownerName: row.owner_name,
    mine: user !== null && row.owner_id === user.id,
    status: row.status,
    progress: Number(row.progress),
    message: row.message,
    worker: presentHolder(row, user),
    error: row.status === 'failed' ? row.error : null,
    options: row.options,
    createdAt: iso(row.created_at),
    finishedAt: done && row.finished_at ? iso(row.finished_at) : null,
  };
}

/** A series as lists show it: years and runs, state and tested indices, read without any run. */
export function presentSeriesListItem(row: SeriesListRow, user: User | null): EvidenceSeriesListItem {
  return {
    ...seriesHead(row, user),
    years: row.runs.map((r) => ({ year: r.year, runId: r.run_id })),
    indexKeys: row.status === 'succeeded' ? row.index_keys : [],
  };
}

/** A series as the API and pages show it: each year's results, the layers all years share, the changes. */
export async function presentSeries(db: Queryable, row: SeriesRow, user: User | null): Promise<EvidenceSeries> {
  const runs = await Promise.all(row.runs.map((r) => findRun(db, r.run_id, true)));
  const years = row.runs.flatMap((r, i) => {
    const run = runs[i];
    return run
      ? [{ year: r.year, runId: r.run_id, datasetName: run.dataset_name, areas: run.results?.areas ?? [] }]
      : [];
  });
  const layerSets = runs.map((r) => new Set((r?.layers ?? []).map((l) => l.name)));
  const layers = (runs[0]?.layers ?? []).filter((l) => layerSets.every((s) => s.has(l.name)));
  const done = row.status === 'succeeded';
  return {
    ...seriesHead(row, user),
    years,
    layers,
    changes: done
      ? (row.changes ?? []).flatMap((c) => {
          const [from, to] = [row.runs[c.from], row.runs[c.to]];
          return from && to ? [{ fromYear: from.year, toYear: to.year, areas: c.areas }] : [];
        })
      : [],
  };
}
