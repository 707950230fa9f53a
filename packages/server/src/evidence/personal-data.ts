import type { Queryable } from '../db/database.ts';

/** The datasets a person uploaded, the runs they started and their series of years (what and when, not the files): their export. */
export async function evidenceOwnedBy(db: Queryable, userId: string) {
  const iso = (d: Date | string) => new Date(d).toISOString();
  const datasets = await db.query<{
    id: string;
    name: string;
    file_name: string;
    public: boolean;
    created_at: Date | string;
  }>(
    'SELECT id, name, file_name, public, created_at FROM evidence_datasets WHERE owner_id = $1 ORDER BY created_at, id',
    [userId],
  );
  const runs = await db.query<{ id: string; dataset_id: string; public: boolean; created_at: Date | string }>(
    'SELECT id, dataset_id, public, created_at FROM evidence_runs WHERE owner_id = $1 ORDER BY created_at, id',
    [userId],
  );
  const series = await db.query<{ id: string; name: string; public: boolean; created_at: Date | string }>(
    'SELECT id, name, public, created_at FROM evidence_series WHERE owner_id = $1 ORDER BY created_at, id',
    [userId],
  );
  return {
    datasets: datasets.rows.map((d) => ({
      id: d.id,
      name: d.name,
      fileName: d.file_name,
      public: d.public,
      createdAt: iso(d.created_at),
    })),
    runs: runs.rows.map((r) => ({ id: r.id, datasetId: r.dataset_id, public: r.public, createdAt: iso(r.created_at) })),
    series: series.rows.map((r) => ({ id: r.id, name: r.name, public: r.public, createdAt: iso(r.created_at) })),
  };
}
