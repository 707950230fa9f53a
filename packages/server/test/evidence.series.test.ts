import { compareGrids } from '@convivio/indicators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineMapping, readGrid } from '../src/evidence/engine-adapter.ts';
import { SERIES_JOB_KIND } from '../src/evidence/series-service.ts';
import { yearPairs } from '../src/evidence/series-job.ts';
import { jobHandlers } from '../src/jobs/handlers.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import type { Job } from '../src/jobs/types.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

/**
 * Two years of the same place in one file with a year column: 2011 is gridCsv(); in 2021 group B
 * has moved into the eastern third (more segregated), the other groups stay.
 */
function twoYears(): { csv: string; y2011: string; y2021: string } {
  const [header, ...rows] = gridCsv().trim().split('\n');
  const moved = rows.map((line) => {
    const [x, y, lau, a, b, c] = line.split(',');
    const east = lau === 'AREA-E';
    const b2 = east ? Number(b) * 3 + 6 : Math.floor(Number(b) / 3);
    return [x, y, lau, a, b2, c, Number(a) + b2 + Number(c)].join(',');
  });
  const withYear = (line: string, year: string) => `${year},${line}`;
  return {
    csv: [withYear(header!, 'year'), ...rows.map((l) => withYear(l, '2011')), ...moved.map((l) => withYear(l, '2021'))]
      .join('\n')
      .concat('\n'),
    y2011: [header!, ...rows].join('\n') + '\n',
    y2021: [header!, ...moved].join('\n') + '\n',
  };
}

async function waitForSeries(client: Client, id: string): Promise<Record<string, any>> {
  for (let i = 0; i < 3000; i++) {
    const s = (await client.request({ url: `/api/v1/evidence/series/${id}` })).json();
    if (s.status === 'succeeded' || s.status === 'failed') return s;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`series ${id} did not finish`);
}

describe.each(ENGINES)('evidence over time: series of years on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;
  let other: Client;
  let admin: Client;
  let datasetId: string;
  const runIds: Record<string, string> = {};
  const files = twoYears();
  const MAPPING = { ...GRID_MAPPING, year: 'year' };

  const startRun = (client: Client, options: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    client.request({ method: 'POST', url: '/api/v1/evidence/runs', payload: { datasetId, options, ...extra } });
  const createSeries = (client: Client, payload: Record<string, unknown>) =>
    client.request({ method: 'POST', url: '/api/v1/evidence/series', payload });

  beforeAll(async () => {
    t = await startTestApp(engine, { seed: false });
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25 });
    owner = await t.signIn('reader');
    other = await t.signIn('reader');
    admin = await t.signIn('admin');
    const uploaded = await upload(owner, 'two-years.csv', files.csv, { mapping: JSON.stringify(MAPPING) });
    expect(uploaded.statusCode).toBe(201);
    datasetId = uploaded.json().id;
    for (const year of ['2011', '2021']) {
      const run = await waitForRun(
        owner,
        (await startRun(owner, { bandwidths: [300], year, bootstrap: 19 })).json().id,
      );
      expect(run.status).toBe('succeeded');
      runIds[year] = run.id as string;
    }
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('reads one year of a grid with a row per cell and year, and asks for the year when none is given', async () => {
    const missing = await startRun(owner, { bandwidths: [300] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('options.year');
    expect(missing.json().error.message).toContain('choose the year to read, e.g. 2011');
    const none = await waitForRun(owner, (await startRun(owner, { bandwidths: [], year: '1999' })).json().id);
    expect(none.status).toBe('failed');
    expect((none.error as { message: string }).message).toContain("no row has '1999' in column 'year'");
    const run2021 = (await owner.request({ url: `/api/v1/evidence/runs/${runIds['2021']}` })).json();
    const alone = await readGrid(
      Buffer.from(files.y2021),
      engineMapping({ cellId: null, year: null, ...GRID_MAPPING }),
    );
    expect(run2021.grid.cells).toBe(alone.cellCount);
    expect(run2021.options.year).toBe('2021');
  });

  it('compares the years: the change of each index with its permutation p-value, as the engine computes it', async () => {
    const started = await createSeries(owner, {
      name: 'Two censuses',
      runs: [runIds['2021'], runIds['2011']],
      permutations: 19,
      seed: 3,
    });
    expect(started.statusCode).toBe(202);
    expect(started.headers.location).toBe(`/api/v1/evidence/series/${started.json().id}`);
    const series = await waitForSeries(owner, started.json().id);
    expect(series.status).toBe('succeeded');
    expect(series.years.map((y: { year: string }) => y.year)).toEqual(['2011', '2021']);
    expect(series.changes).toHaveLength(1);
    const change = series.changes[0];
    expect([change.fromYear, change.toYear]).toEqual(['2011', '2021']);
    expect(change.areas.map((a: { area: string }) => a.area)).toEqual(['ALL', 'AREA-C', 'AREA-E', 'AREA-W']);
    const mapping = engineMapping({ cellId: null, year: null, ...GRID_MAPPING });
    const direct = compareGrids(
      await readGrid(Buffer.from(files.y2011), mapping),
      await readGrid(Buffer.from(files.y2021), mapping),
      { permutations: 19, seed: 3 },
    );
    expect(change.areas).toEqual(
      JSON.parse(JSON.stringify(direct)).map(({ null_model: _n, ...rest }: Record<string, unknown>) => rest),
    );
    const d = change.areas[0].groups.grpB.dissimilarity;
    const [before, after] = series.years.map(
      (y: { areas: { groups: Record<string, Record<string, number>> }[] }) => y.areas[0]!.groups.grpB!.dissimilarity,
    );
    expect(d.difference).toBeCloseTo(after - before, 12);
    expect(d.difference).toBeGreaterThan(0.2);
    expect(d.p_value).toBe(1 / 20);
    expect(series.years[0].areas[0].inference.bootstrap).toBe(19);
    // The list gives the same series in its light form: years, runs, state and tested indices.
    const listed = (await owner.request({ url: '/api/v1/evidence/series' })).json().items;
    const item = listed.find((s: { id: string }) => s.id === series.id);
    expect(item.years).toEqual(
      series.years.map((y: { year: string; runId: string }) => ({ year: y.year, runId: y.runId })),
    );
    expect([item.status, item.name, item.options]).toEqual([series.status, series.name, series.options]);
    const tested = [
      ...Object.entries(change.areas[0].groups as Record<string, object>).flatMap(([g, v]) =>
        Object.keys(v).map((k) => `group.${g}.${k}`),
      ),
      ...Object.keys(change.areas[0].multigroup).map((k) => `multigroup.${k}`),
    ];
    expect(tested.length).toBeGreaterThan(10);
    expect([...item.indexKeys].sort()).toEqual(tested.sort());
    expect(item.indexKeys).toContain('group.grpB.dissimilarity');
    expect(item).not.toHaveProperty('changes');
    expect(item.years[0]).not.toHaveProperty('areas');
  });

  it('loads the file of years from the same dataset once, with the same changes', async () => {
    const later = await upload(owner, 'later.csv', files.y2021, { mapping: JSON.stringify(GRID_MAPPING) });
    expect(later.statusCode).toBe(201);
    const started = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: later.json().id, options: { bandwidths: [], year: '2031' } },
    });
    const run2031 = await waitForRun(owner, started.json().id);
    expect(run2031.status).toBe('succeeded');
    const created = await createSeries(owner, {
      name: 'Three years, two files',
      runs: [runIds['2011'], runIds['2021'], run2031.id],
      permutations: 19,
      seed: 6,
    });
    expect(created.statusCode).toBe(202);
    const stored = await waitForSeries(owner, created.json().id);
    expect(stored.status).toBe('succeeded');
    // The job again, watched through its progress messages.
    const handler = jobHandlers().find((h) => h.kind === SERIES_JOB_KIND)!;
    const messages: string[] = [];
    const job = { payload: { seriesId: stored.id, limits: {} } } as unknown as Job;
    await handler.run({
      db: t.db,
      fileStoreDir: t.config.fileStoreDir,
      job,
      progress: (_f, m) => messages.push(m ?? ''),
      signal: new AbortController().signal,
    });
    expect(messages.filter((m) => m.startsWith('loading file '))).toEqual([
      'loading file two-years.csv',
      'loading file later.csv',
    ]);
    // The two years of the file with a year column come from one read of it.
    expect(messages.filter((m) => m.startsWith('reading '))).toEqual(['reading 2011, 2021', 'reading 2031']);
    const again = (await owner.request({ url: `/api/v1/evidence/series/${stored.id}` })).json();
    expect(again.changes).toHaveLength(3);
    expect(again.changes).toEqual(stored.changes);
    // The changes are those of each year read alone (the file's rows of that year).
    const mapping = engineMapping({ cellId: null, year: null, ...GRID_MAPPING });
    const alone = [
      await readGrid(Buffer.from(files.csv), { ...mapping, select: { column: 'year', value: '2011' } }),
      await readGrid(Buffer.from(files.csv), { ...mapping, select: { column: 'year', value: '2021' } }),
      await readGrid(Buffer.from(files.y2021), mapping),
    ];
    expect(again.changes.map((c: { fromYear: string; toYear: string }) => [c.fromYear, c.toYear])).toEqual([
      ['2011', '2021'],
      ['2021', '2031'],
      ['2011', '2031'],
    ]);
    yearPairs(3).forEach(([from, to], at) => {
      const direct = compareGrids(alone[from]!, alone[to]!, { permutations: 19, seed: 6 });
      expect(again.changes[at].areas).toEqual(
        JSON.parse(JSON.stringify(direct)).map(({ null_model: _n, ...rest }: Record<string, unknown>) => rest),
      );
    });
    // 2021 and 2031 are the same grid read from two files: no index changes.
    const same = again.changes.find((c: { fromYear: string }) => c.fromYear === '2021');
    expect(same.toYear).toBe('2031');
    expect(same.areas[0].groups.grpB.dissimilarity.difference).toBe(0);
    expect(again.changes[0].areas[0].groups.grpB.dissimilarity.difference).toBeGreaterThan(0.2);
  });

  it('maps the change of a layer, cell by cell, as the later year minus the earlier', async () => {
    const series = (
      await createSeries(owner, { name: 'Map of change', runs: [runIds['2011'], runIds['2021']], permutations: 19 })
    ).json();
    const layer = (year: string) =>
      owner.request({ url: `/api/v1/evidence/runs/${runIds[year]}/layers/share_grpB` }).then((r) => r.json());
    const [a, b] = [await layer('2011'), await layer('2021')];
    const res = await owner.request({ url: `/api/v1/evidence/series/${series.id}/change/share_grpB?top=3` });
    expect(res.statusCode).toBe(200);
    const change = res.json();
    expect(change.count).toBe(b.count);
    expect(change.count).toBeGreaterThan(500);
    const before = new Map<string, number>(a.col.map((c: number, i: number) => [`${c},${a.row[i]}`, a.values[i]]));
    let compared = 0;
    change.values.forEach((v: number | null, i: number) => {
      const old = before.get(`${change.col[i]},${change.row[i]}`);
      if (old === undefined || old === null || b.values[i] === null) return;
      expect(v).toBeCloseTo(b.values[i] - old, 5);
      compared++;
    });
    expect(compared).toBeGreaterThan(500);
    expect(change.top[0].value).toBe(change.max);
    expect((await waitForSeries(owner, series.id)).status).toBe('succeeded');
    const wrong = await owner.request({ url: `/api/v1/evidence/series/${series.id}/change/share_grpB?from=1990` });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ field: 'from', message: expect.stringContaining('years: 2011, 2021') });
  });

  it('refuses a bad series, naming the run at fault', async () => {
    const hidden = (await waitForRun(
      other,
      (
        await other.request({
          method: 'POST',
          url: '/api/v1/evidence/runs',
          payload: {
            datasetId: (await upload(other, 'own.csv', files.y2011, { mapping: JSON.stringify(GRID_MAPPING) })).json()
              .id,
            options: { bandwidths: [] },
          },
        })
      ).json().id,
    )) as { id: string };
    for (const [payload, field, message] of [
      [{ name: 'x', runs: [runIds['2011']] }, 'runs', 'at least two runs'],
      [{ name: 'x', runs: [runIds['2011'], runIds['2011']] }, 'runs.1', 'chosen twice'],
      [{ name: 'x', runs: [runIds['2011'], hidden.id] }, 'runs.1', 'that you may see'],
      [{ name: 'x', runs: [runIds['2011'], runIds['2021']], permutations: 5 }, 'permutations', 'at least 19'],
      [{ name: 'x', runs: [runIds['2011'], runIds['2021']], public: true }, 'public', 'is not public'],
    ] as const) {
      const res = await createSeries(owner, payload);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).toContain(message);
    }
    const yearless = await createSeries(other, { name: 'x', runs: [hidden.id, hidden.id.replace(/.$/, '0')] });
    expect(yearless.json().error.field).toMatch(/^runs\.[01]$/);
    const again = await waitForRun(owner, (await startRun(owner, { bandwidths: [], year: '2011' })).json().id);
    const twice = await createSeries(owner, { name: 'x', runs: [runIds['2011'], again.id as string] });
    expect(twice.json().error).toMatchObject({
      field: 'runs.1',
      message: expect.stringContaining('year 2011 is already'),
    });
    expect((await createSeries(t.anonymous, { name: 'x', runs: [runIds['2011'], runIds['2021']] })).statusCode).toBe(
      401,
    );
  });

  it('shows a series to its owner and administrators only, and lets them delete it', async () => {
    const id = (
      await createSeries(owner, { name: 'Private', runs: [runIds['2011'], runIds['2021']], permutations: 19 })
    ).json().id;
    expect((await t.anonymous.request({ url: `/api/v1/evidence/series/${id}` })).statusCode).toBe(404);
    expect((await other.request({ url: `/api/v1/evidence/series/${id}` })).statusCode).toBe(404);
    expect((await admin.request({ url: `/api/v1/evidence/series/${id}` })).statusCode).toBe(200);
    const listed = (await other.request({ url: '/api/v1/evidence/series' })).json().items;
    expect(listed.map((s: { id: string }) => s.id)).not.toContain(id);
    expect(
      (await owner.request({ url: '/api/v1/evidence/series' })).json().items.map((s: { id: string }) => s.id),
    ).toContain(id);
    expect((await other.request({ method: 'DELETE', url: `/api/v1/evidence/series/${id}` })).statusCode).toBe(404);
    const exported = (await owner.request({ url: '/api/v1/account/export' })).json();
    expect(JSON.stringify(exported)).toContain(id);
    expect((await owner.request({ method: 'DELETE', url: `/api/v1/evidence/series/${id}` })).statusCode).toBe(204);
    expect((await owner.request({ url: `/api/v1/evidence/series/${id}` })).statusCode).toBe(404);
    expect((await owner.request({ url: `/api/v1/evidence/runs/${runIds['2011']}` })).statusCode).toBe(200);
  });
});
