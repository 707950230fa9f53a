import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueSampleRun } from '../src/evidence/service.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

describe.each(ENGINES)('evidence on a first start, on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let runId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const run = await queueSampleRun(t.db, t.config.limits);
    expect(run).not.toBeNull();
    runId = run!.id;
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25, heartbeatMs: 100 });
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('queues one public run of the bundled synthetic sample, owned by the platform, and only once', async () => {
    expect(await queueSampleRun(t.db, t.config.limits)).toBeNull();
    const runs = (await t.anonymous.request({ url: '/api/v1/evidence/runs' })).json().items;
    expect(runs.map((r: { id: string }) => r.id)).toEqual([runId]);
    const datasets = (await t.anonymous.request({ url: '/api/v1/evidence/datasets' })).json().items;
    expect(datasets).toHaveLength(1);
    expect(datasets[0]).toMatchObject({ source: 'sample', public: true, ownerName: null });
    expect(datasets[0].mapping).toMatchObject({ area: 'LAU_CODE', groups: ['NAT', 'EU', 'AFR', 'ASI', 'AME', 'OCE'] });
  });

  it('finishes the run, so an anonymous visitor sees the six synthetic areas ranked', async () => {
    const run = await waitForRun(t.anonymous, runId);
    expect(run.status).toBe('succeeded');
    const areas = (run.results as { areas: { area: string }[] }).areas.map((a) => a.area).sort();
    // 'ALL' is the whole grid, beside each area.
    expect(areas).toEqual(['ALL', 'SYN-01', 'SYN-02', 'SYN-03', 'SYN-04', 'SYN-05', 'SYN-06']);
    const page = squashHtml((await t.anonymous.request({ url: `/evidence/runs/${runId}` })).body);
    expect(page).toContain('SYN-06');
    const home = squashHtml((await t.anonymous.request({ url: '/evidence' })).body);
    expect(home).toContain('Synthetic sample grid (bundled)');
    expect(home).toContain('synthetic data, no real place');
    expect(home).toContain(`/evidence/runs/${runId}`);
  });

  it('leaves the platform sample to administrators: a reader may not delete it', async () => {
    const reader = await t.signIn('reader');
    expect((await reader.request({ method: 'DELETE', url: `/api/v1/evidence/runs/${runId}` })).statusCode).toBe(403);
  });

  it('says how to compare areas when a run had no area column', async () => {
    const owner = await t.signIn('reader');
    const { area: _area, ...withoutArea } = GRID_MAPPING;
    const dataset = await upload(owner, 'no-area.csv', gridCsv(), { mapping: JSON.stringify(withoutArea) });
    expect(dataset.statusCode).toBe(201);
    const started = await owner.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: dataset.json().id, options: { bandwidths: [] } },
    });
    expect(started.statusCode).toBe(202);
    expect((await waitForRun(owner, started.json().id)).status).toBe('succeeded');
    const page = squashHtml((await owner.request({ url: `/evidence/runs/${started.json().id}` })).body);
    expect(page).toContain('This run had no area column');
    expect(page).toContain(`href="/evidence/datasets/${dataset.json().id}"`);
    const withArea = squashHtml((await t.anonymous.request({ url: `/evidence/runs/${runId}` })).body);
    expect(withArea).not.toContain('This run had no area column');
  });
});
