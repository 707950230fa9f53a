import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

describe.each(ENGINES)('evidence visibility and roles on %s', (engine) => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;
  let other: Client;
  let admin: Client;
  let privateDataset: string;
  let publicDataset: string;
  let privateRun: string;
  let publicRun: string;

  const startRun = async (client: Client, datasetId: string, extra: Record<string, unknown> = {}) =>
    client.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId, options: { bandwidths: [] }, ...extra },
    });

  beforeAll(async () => {
    t = await startTestApp(engine);
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25 });
    owner = await t.signIn('reader');
    other = await t.signIn('editor', 'city-modena');
    admin = await t.signIn('admin');
    privateDataset = (await upload(owner, 'private.csv', gridCsv(), { mapping: JSON.stringify(GRID_MAPPING) })).json()
      .id;
    publicDataset = (
      await upload(owner, 'public.csv', gridCsv(), { mapping: JSON.stringify(GRID_MAPPING), public: 'true' })
    ).json().id;
    privateRun = (await startRun(owner, privateDataset)).json().id;
    publicRun = (await startRun(owner, privateDataset, { public: true })).json().id;
    await waitForRun(owner, privateRun);
    await waitForRun(owner, publicRun);
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  const ids = async (client: Client, url: string) =>
    ((await client.request({ url })).json().items as { id: string }[]).map((i) => i.id);

  it('shows a private dataset to its owner and administrators only', async () => {
    expect((await owner.request({ url: `/api/v1/evidence/datasets/${privateDataset}` })).statusCode).toBe(200);
    expect((await admin.request({ url: `/api/v1/evidence/datasets/${privateDataset}` })).statusCode).toBe(200);
    expect((await other.request({ url: `/api/v1/evidence/datasets/${privateDataset}` })).statusCode).toBe(404);
    expect((await t.anonymous.request({ url: `/api/v1/evidence/datasets/${privateDataset}` })).statusCode).toBe(404);
    expect(await ids(admin, '/api/v1/evidence/datasets')).toEqual(
      expect.arrayContaining([privateDataset, publicDataset]),
    );
    expect(await ids(other, '/api/v1/evidence/datasets')).toEqual([publicDataset]);
    expect(await ids(t.anonymous, '/api/v1/evidence/datasets')).toEqual([publicDataset]);
  });

  it('lets anyone signed in run a public dataset, but only its owner and administrators change its mapping', async () => {
    const started = await startRun(other, publicDataset);
    expect(started.statusCode).toBe(202);
    expect(started.json().mine).toBe(true);
    const mapping = { ...GRID_MAPPING, groups: ['grpA', 'grpB'] };
    expect(
      (
        await other.request({
          method: 'PUT',
          url: `/api/v1/evidence/datasets/${publicDataset}/mapping`,
          payload: mapping,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await other.request({
          method: 'PUT',
          url: `/api/v1/evidence/datasets/${privateDataset}/mapping`,
          payload: mapping,
        })
      ).statusCode,
    ).toBe(404);
    expect((await startRun(other, privateDataset)).statusCode).toBe(404);
    const saved = await admin.request({
      method: 'PUT',
      url: `/api/v1/evidence/datasets/${publicDataset}/mapping`,
      payload: mapping,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().mapping.groups).toEqual(['grpA', 'grpB']);
  });

  it('lets anonymous visitors read public runs only, results and layers included', async () => {
    const pub = await t.anonymous.request({ url: `/api/v1/evidence/runs/${publicRun}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ status: 'succeeded', public: true, mine: false });
    expect(pub.json().results.areas.length).toBe(4);
    expect(
      (await t.anonymous.request({ url: `/api/v1/evidence/runs/${publicRun}/layers/population` })).statusCode,
    ).toBe(200);
    expect((await t.anonymous.request({ url: `/api/v1/evidence/runs/${privateRun}` })).statusCode).toBe(404);
    expect(
      (await t.anonymous.request({ url: `/api/v1/evidence/runs/${privateRun}/layers/population` })).statusCode,
    ).toBe(404);
    expect((await other.request({ url: `/api/v1/evidence/runs/${privateRun}` })).statusCode).toBe(404);
    expect((await admin.request({ url: `/api/v1/evidence/runs/${privateRun}` })).statusCode).toBe(200);
    expect(await ids(t.anonymous, '/api/v1/evidence/runs')).toEqual([publicRun]);
  });

  it('needs a signed-in user to upload or run (any role)', async () => {
    expect((await startRun(t.anonymous, publicDataset)).statusCode).toBe(401);
    expect(
      (await t.anonymous.request({ method: 'POST', url: '/api/v1/evidence/datasets', payload: { sample: true } }))
        .statusCode,
    ).toBe(401);
    expect((await upload(other, 'editor.csv', gridCsv())).statusCode).toBe(201);
  });

  it("shows a city the latest visible run's results for its area code", async () => {
    const city = (await admin.request({ url: '/api/v1/cities/city-modena' })).json();
    const { status: _s, version, updatedAt: _u, practices: _p, ...record } = city;
    const put = await admin.request({
      method: 'PUT',
      url: '/api/v1/cities/city-modena',
      payload: { ...record, areaCode: 'AREA-C', version },
    });
    expect(put.statusCode).toBe(200);
    const anonymous = (await t.anonymous.request({ url: '/api/v1/cities/city-modena/indicators' })).json();
    const results = (await owner.request({ url: `/api/v1/evidence/runs/${publicRun}` })).json().results;
    expect(anonymous).toMatchObject({ cityId: 'city-modena', areaCode: 'AREA-C', run: { id: publicRun } });
    expect(anonymous.area).toEqual(results.areas.find((a: { area: string }) => a.area === 'AREA-C'));
    const newer = (await startRun(owner, privateDataset)).json().id;
    await waitForRun(owner, newer);
    expect((await owner.request({ url: '/api/v1/cities/city-modena/indicators' })).json().run.id).toBe(newer);
    expect((await t.anonymous.request({ url: '/api/v1/cities/city-modena/indicators' })).json().run.id).toBe(publicRun);
    const none = (await t.anonymous.request({ url: '/api/v1/cities/city-vienna/indicators' })).json();
    expect(none).toEqual({ cityId: 'city-vienna', areaCode: null, run: null, area: null });
  });
});
