import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators, engineOptions, readGrid, engineMapping } from '../src/evidence/engine-adapter.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

describe.each(ENGINES)('evidence runs with inference and structure on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;
  let datasetId: string;
  const csv = gridCsv();

  const startRun = (options: Record<string, unknown>) =>
    owner.request({ method: 'POST', url: '/api/v1/evidence/runs', payload: { datasetId, options } });

  beforeAll(async () => {
    t = await startTestApp(engine);
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25 });
    owner = await t.signIn('reader');
    datasetId = (await upload(owner, 'cells.csv', csv, { mapping: JSON.stringify(GRID_MAPPING) })).json().id;
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('stores p-values, intervals, the profile and the decomposition, as the engine computes them', async () => {
    const options = {
      bandwidths: [300],
      permutations: 39,
      bootstrap: 19,
      spatialPermutations: 19,
      seed: 5,
      profile: [100, 300, 600],
      decomposeBy: 'lau',
    };
    const started = await startRun(options);
    expect(started.statusCode).toBe(202);
    const run = await waitForRun(owner, started.json().id);
    expect(run.status).toBe('succeeded');
    expect(run.options).toMatchObject({ ...options, hotspots: false });
    type Area = {
      area: string;
      inference: { permutations: number; groups: Record<string, Record<string, { p_value: number }>> };
      profile: { bandwidths: number[] };
      spatial: { inference: { permutations: number; groups: Record<string, Record<string, { p_value: number }>> } }[];
      decomposition?: { by: string; m: { total: number; between: number; within: number } };
    };
    const areas = (run.results as { areas: Area[] }).areas;
    expect(areas.map((a) => a.area)).toEqual(['ALL', 'AREA-C', 'AREA-E', 'AREA-W']);
    expect(areas[0].inference.permutations).toBe(39);
    expect(areas[0].inference.groups.grpB.dissimilarity.p_value).toBe(1 / 40);
    expect(areas[0].profile.bandwidths).toEqual([100, 300, 600]);
    expect(areas[0].spatial[0].inference.permutations).toBe(19);
    expect(areas[0].spatial[0].inference.groups.grpB.dissimilarity.p_value).toBe(1 / 20);
    const d = areas[0].decomposition!;
    expect(d.by).toBe('area');
    expect(Math.abs(d.m.between + d.m.within - d.m.total)).toBeLessThan(1e-12);
    const grid = await readGrid(Buffer.from(csv), engineMapping({ cellId: null, year: null, ...GRID_MAPPING }));
    const direct = await computeIndicators(grid, { ...engineOptions(options), decomposition: 'areas' });
    expect(run.results).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('adds the hot-spot layers when asked', async () => {
    const run = await waitForRun(
      owner,
      (await startRun({ bandwidths: [], hotspots: true, permutations: 19 })).json().id,
    );
    expect(run.status).toBe('succeeded');
    const names = (run.layers as { name: string; label: string }[]).map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['lisa_grpA', 'lisa_cluster_grpB', 'gistar_p_grpC']));
    const plain = await waitForRun(owner, (await startRun({ bandwidths: [] })).json().id);
    expect((plain.layers as { name: string }[]).some((l) => l.name.startsWith('lisa'))).toBe(false);
    expect((plain.results as { areas: Record<string, unknown>[] }).areas[0].inference).toBeUndefined();
  });

  it('refuses bad options naming the field', async () => {
    for (const [options, field] of [
      [{ permutations: -1 }, 'options.permutations'],
      [{ permutations: 1.5 }, 'options.permutations'],
      [{ bootstrap: 10_000 }, 'options.bootstrap'],
      [{ spatialPermutations: -1 }, 'options.spatialPermutations'],
      [{ seed: 2 ** 32 }, 'options.seed'],
      [{ profile: [100, 200, 300, 400, 500, 600, 700, 800, 900] }, 'options.profile'],
      [{ profile: [0] }, 'options.profile.0'],
      [{ hotspots: 'yes' }, 'options.hotspots'],
      [{ decomposeBy: 'district' }, 'options.decomposeBy'],
    ] as const) {
      const res = await startRun(options);
      expect(res.statusCode, JSON.stringify(options)).toBe(400);
      const error = res.json().error as { field?: string; issues?: { field: string }[]; message: string };
      const fields = [error.field, ...(error.issues ?? []).map((i) => i.field)];
      expect(fields, JSON.stringify(error)).toContain(field);
    }
  });
});
