import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '@convivio/web';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

type Figures = { p_value: number | null; ci_low: number | null; ci_high: number | null };
type Tested = { permutations: number; seed: number; groups: Record<string, Record<string, Figures>> };
type Area = {
  area: string;
  inference: Tested & { bootstrap: number };
  spatial: { bandwidth: number; inference?: Tested }[];
};

const KEYS = ['area', 'group', 'index', 'kernel', 'bandwidth', 'compat', 'value'];
const INFERENCE_KEYS = ['p_value', 'ci_low', 'ci_high', 'permutations', 'bootstrap', 'seed'];

describe.each(ENGINES)("a run's results.csv with its inference figures on %s", (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25 });
    owner = await t.signIn('reader');
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  async function runWith(options: Record<string, unknown>): Promise<Record<string, unknown>> {
    const res = await upload(owner, 'cells.csv', gridCsv(), { mapping: JSON.stringify(GRID_MAPPING) });
    expect(res.statusCode, res.body).toBe(201);
    const started = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: res.json().id, options },
    });
    const run = await waitForRun(owner, started.json().id);
    expect(run.status, JSON.stringify(run.error)).toBe('succeeded');
    return run;
  }

  const file = (run: Record<string, unknown>, query = '', lang?: string) =>
    owner.request({
      url: `/api/v1/evidence/runs/${String(run.id)}/files/results.csv${query}`,
      headers: lang ? { 'accept-language': lang } : {},
    });

  it('adds p-value, interval, draws and seed to each tested row, as the run stored them', async () => {
    const run = await runWith({ bandwidths: [300], permutations: 19, bootstrap: 9, spatialPermutations: 9, seed: 4 });
    const res = await file(run, '?headers=keys');
    expect(res.statusCode).toBe(200);
    const rows = parse<Record<string, string>>(res.rawPayload, { columns: true });
    const header: string[] = parse(res.rawPayload, { to: 1 })[0];
    expect(header).toEqual([...KEYS, ...INFERENCE_KEYS]);
    const areas = (run.results as { areas: Area[] }).areas;
    expect(areas.length).toBeGreaterThan(1);
    const text = (v: number | null) => (v === null ? '' : String(v));
    let checked = 0;
    for (const a of areas) {
      const aspatial = rows.find(
        (r) => r.area === a.area && r.group === 'grpA' && r.index === 'dissimilarity' && !r.kernel,
      )!;
      const want = a.inference.groups.grpA.dissimilarity;
      expect(aspatial.p_value).toBe(text(want.p_value));
      expect([aspatial.ci_low, aspatial.ci_high]).toEqual([text(want.ci_low), text(want.ci_high)]);
      expect(Number(aspatial.ci_low)).toBeLessThan(Number(aspatial.ci_high));
      expect([aspatial.permutations, aspatial.bootstrap, aspatial.seed]).toEqual(['19', '9', '4']);
      const s = a.spatial[0];
      const kernel = rows.find(
        (r) => r.area === a.area && r.group === 'grpA' && r.index === 'dissimilarity' && r.kernel,
      )!;
      expect(kernel.bandwidth).toBe('300');
      if (s.inference) {
        expect(kernel.p_value).toBe(text(s.inference.groups.grpA.dissimilarity.p_value));
        expect([kernel.ci_low, kernel.ci_high, kernel.permutations, kernel.bootstrap]).toEqual(['', '', '9', '0']);
        checked++;
      }
    }
    expect(checked).toBe(areas.length);
    const population = rows.find((r) => r.area === 'ALL' && r.index === 'population')!;
    expect(INFERENCE_KEYS.map((k) => population[k])).toEqual(INFERENCE_KEYS.map(() => ''));

    const german = await file(run, '', 'de');
    const labels: string[] = parse(german.rawPayload, { bom: true, to: 1 })[0];
    const label = translator('de');
    expect(labels).toEqual([...KEYS, ...INFERENCE_KEYS].map((k) => label(`exportHeaders.evidenceResults.${k}`)));
    expect(labels.some((l) => l.startsWith('exportHeaders.'))).toBe(false);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('keeps the seven columns of a run without inference, byte for byte', async () => {
    const run = await runWith({ bandwidths: [300] });
    const res = await file(run);
    expect(res.body.split('\n')[0]).toBe(KEYS.join(','));
    const rows: string[][] = parse(res.rawPayload);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((r) => r.length === KEYS.length)).toBe(true);
  });
});
