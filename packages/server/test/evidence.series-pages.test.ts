import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { startTestApp, type Client, type TestApp } from './harness.ts';

/** Two files of the same place: 2011, and 2021 where group B has gathered in the east. */
function years(): Record<string, string> {
  const [header, ...rows] = gridCsv().trim().split('\n');
  const moved = rows.map((line) => {
    const [x, y, lau, a, b, c] = line.split(',');
    const b2 = lau === 'AREA-E' ? Number(b) * 3 + 6 : Math.floor(Number(b) / 3);
    return [x, y, lau, a, b2, c, Number(a) + b2 + Number(c)].join(',');
  });
  return { '2011': [header, ...rows].join('\n') + '\n', '2021': [header, ...moved].join('\n') + '\n' };
}

describe('evidence over time in the pages (no JavaScript)', () => {
  let t: TestApp;
  let workers: JobWorkers;
  let owner: Client;
  const runs: Record<string, string> = {};

  /** A form post as a browser sends it (the session client also carries the CSRF header). */
  const post = (client: Client, url: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return client.request({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  };

  beforeAll(async () => {
    t = await startTestApp('pglite', { seed: false });
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25 });
    owner = await t.signIn('reader');
    for (const [year, csv] of Object.entries(years())) {
      const id = (await upload(owner, `grid-${year}.csv`, csv, { mapping: JSON.stringify(GRID_MAPPING) })).json().id;
      // The dataset page's run form, with the year of the grid.
      const started = await post(owner, `/evidence/datasets/${id}/mapping`, {
        ...Object.fromEntries(Object.entries(GRID_MAPPING).map(([k, v]) => [k, Array.isArray(v) ? v : String(v)])),
        bandwidths: '300',
        runYear: year,
        action: 'run',
      });
      expect(started.statusCode).toBe(303);
      const runId = started.headers.location!.split('/').pop()!;
      expect((await waitForRun(owner, runId)).status).toBe('succeeded');
      runs[year] = runId;
    }
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('offers the runs with a year on the evidence page, and names a problem of the form next to its field', async () => {
    const page = (await owner.request({ url: '/evidence' })).body;
    expect(page).toContain('Change over time');
    expect(page).toMatch(/2011: grid-2011\.csv/);
    expect(page).toMatch(/2021: grid-2021\.csv/);
    const refused = await post(owner, '/evidence/series', {
      name: 'One year',
      runs: runs['2011']!,
      permutations: '19',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('id="series-run-0-error"');
    expect(refused.body).toContain('choose at least two runs');
    expect(refused.body).toContain('value="One year"');
  });

  it('starts a series from the form and shows each year, the change with its p-value, a chart and a map of change', async () => {
    const started = await post(owner, '/evidence/series', {
      name: 'Census years',
      runs: [runs['2011']!, runs['2021']!],
      permutations: '19',
      seed: '2',
    });
    expect(started.statusCode).toBe(303);
    const url = started.headers.location!;
    const id = url.split('/').pop()!;
    for (let i = 0; i < 3000; i++) {
      const s = (await owner.request({ url: `/api/v1/evidence/series/${id}` })).json();
      if (s.status === 'succeeded') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const page = (await owner.request({ url: `${url}?area=ALL&index=group.grpB.dissimilarity` })).body;
    expect(page).toContain('<h1>Census years</h1>');
    expect(page).toContain('Change 2011 → 2021');
    expect(page).toContain('significant at the 5 % level');
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="series-chart-title series-chart-desc"/);
    expect(page).toContain('Dissimilarity – grpB in ALL, by year');
    expect(page).toContain(`data-layer-url="/api/v1/evidence/series/${id}/change/share_grpA?from=2011&amp;to=2021"`);
    expect(page).toContain('data-center="0"');
    expect(page).toContain('#2166ac');
    const other = await t.signIn('reader');
    expect((await other.request({ url })).statusCode).toBe(404);
    const deleted = await post(owner, `/evidence/series/${id}/delete`, {});
    expect(deleted.statusCode).toBe(303);
    expect((await owner.request({ url })).statusCode).toBe(404);
  });
});
