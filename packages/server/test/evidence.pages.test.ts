import { translator, type PageContext } from '@convivio/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityIndicatorsHtml } from '../src/evidence/city-section.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, multipart, waitForRun } from './evidence-fixtures.ts';
import { insertTestAccount, signInThroughApi, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

/** The mapping form's fields for the columns of the uploaded grid (gridCsv): 100 m cells, areas and totals. */
const GRID_COLUMNS = { x: 'x', y: 'y', cellSize: '100', area: 'lau', total: 'total' };

/** A browser-like session: the cookie only, the CSRF token sent as a form field as HTML forms do. */
interface FormSession {
  cookie: string;
  csrf: string;
  client: Client;
}

describe('evidence pages', () => {
  let t: TestApp;
  let workers: JobWorkers;
  let me: FormSession;

  async function formSession(role: 'reader' | 'admin'): Promise<FormSession> {
    const user = await insertTestAccount(t.db, role, null, { name: `Form ${role}` });
    const { session: cookie, csrf } = await signInThroughApi(t.app, user.email);
    return {
      cookie,
      csrf,
      client: { user: null, request: (o) => t.app.inject({ ...o, cookies: { convivio_session: cookie } }) },
    };
  }

  const post = (s: FormSession, url: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries({ _csrf: s.csrf, ...fields }))
      for (const one of [v].flat()) body.append(k, one);
    return s.client.request({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  };

  const uploadForm = async (s: FormSession, withCsrf = true) => {
    const { payload, headers } = multipart(withCsrf ? { _csrf: s.csrf, name: 'Form grid' } : { name: 'Form grid' }, {
      name: 'cells.csv',
      content: gridCsv(),
    });
    return s.client.request({ method: 'POST', url: '/evidence/datasets', payload, headers });
  };

  /** Uploads the grid through the form and starts a run from its mapping page with `fields` besides its columns. */
  const startRun = async (fields: Record<string, string | string[]>) => {
    const url = (await uploadForm(me)).headers.location!.split('?')[0];
    return post(me, `${url}/mapping`, { ...GRID_COLUMNS, ...fields, action: 'run' });
  };

  beforeAll(async () => {
    t = await startTestApp('pglite');
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25 });
    me = await formSession('reader');
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
  });

  it('invites anonymous visitors to sign in before uploading', async () => {
    const res = await t.anonymous.request({ url: '/evidence' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Sign in to upload a grid or run the indicators.');
    expect(res.body).not.toContain('enctype="multipart/form-data"');
  });

  it('uploads through the HTML form with the CSRF token as a form field, and refuses it without', async () => {
    expect((await uploadForm(me, false)).statusCode).toBe(403);
    const res = await uploadForm(me);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/evidence\/datasets\/dataset-[0-9a-f-]+\?notice=uploaded$/);
    const page = await me.client.request({ url: res.headers.location });
    expect(page.body).toContain('<th scope="col">grpB</th>');
    expect(page.body).toContain('The file was stored.');
  });

  it('shows mapping problems next to the form, naming the column, and saves a good mapping', async () => {
    const url = (await uploadForm(me)).headers.location!.split('?')[0];
    const bad = await post(me, `${url}/mapping`, {
      x: 'x',
      y: 'y',
      cellSize: '100',
      groups: ['grpA', 'nope'],
      bandwidths: '500',
      action: 'save',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('column &quot;nope&quot; is not in the file&#39;s header');
    expect(bad.body).toContain('href="#m-group-0"');
    const badNumber = await post(me, `${url}/mapping`, {
      x: 'x',
      y: 'y',
      cellSize: '100',
      groups: 'grpA',
      bandwidths: '500, far',
      action: 'save',
    });
    expect(badNumber.statusCode).toBe(422);
    expect(badNumber.body).toContain('“far” is not a distance in metres');
    const saved = await post(me, `${url}/mapping`, {
      ...GRID_COLUMNS,
      groups: ['grpA', 'grpB', 'grpC'],
      bandwidths: '500',
      action: 'save',
    });
    expect(saved.headers.location).toBe(`${url}?notice=mappingSaved`);
    const api = (await me.client.request({ url: `/api/v1/evidence/datasets/${url.split('/').pop()}` })).json();
    expect(api.mapping).toEqual({ cellId: null, year: null, ...GRID_MAPPING });
  });

  it('runs with p-values, intervals, a profile and a decomposition from the form, and shows them', async () => {
    const url = (await uploadForm(me)).headers.location!.split('?')[0];
    const fields = {
      ...GRID_COLUMNS,
      groups: ['grpA', 'grpB', 'grpC'],
      bandwidths: '',
      permutations: '19',
      bootstrap: '9',
      spatialPermutations: '9',
      seed: '4',
      profile: '100, 300, 900',
      decomposeBy: 'lau',
      action: 'run',
    };
    const bad = await post(me, `${url}/mapping`, { ...fields, permutations: 'lots', profile: '100, far' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('“lots” is not a number');
    expect(bad.body).toContain('“far” is not a distance in metres');
    expect(bad.body).toContain('id="o-permutations-error"');
    const tooMany = await post(me, `${url}/mapping`, { ...fields, spatialPermutations: '10000' });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.body).toMatch(/id="o-spatialPermutations"[^>]*aria-invalid="true"/);
    expect(tooMany.body).toMatch(/<p class="field-error" id="o-spatialPermutations-error">[^<]*9,999/);
    const started = await post(me, `${url}/mapping`, fields);
    expect(started.statusCode).toBe(303);
    const runUrl = started.headers.location as string;
    const run = await waitForRun(me.client, runUrl.split('/').pop()!);
    expect(run).toMatchObject({
      status: 'succeeded',
      options: { permutations: 19, bootstrap: 9, spatialPermutations: 9, seed: 4 },
    });
    const page = await me.client.request({ url: `${runUrl}?index=group.grpB.dissimilarity` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<th scope="col">p-value</th>');
    expect(page.body).toContain('95 % interval');
    expect(page.body).toContain('p = 0.05 against random allocation.');
    expect(page.body).toContain('Segregation across scales');
    expect(squashHtml(page.body)).toContain('9 spatial permutations per bandwidth');
    expect(page.body).toContain('<polyline points="');
    expect(page.body).toContain('between the units of “area”');
    const form = await me.client.request({ url });
    expect(form.body).toContain('id="o-permutations"');
    expect(form.body).toMatch(/<label for="o-spatialPermutations">Spatial permutations[^<]*<\/label>/);
    expect(form.body).toMatch(/id="o-spatialPermutations"[^>]*value="9"/);
    expect(form.body).toMatch(/<option value="lau" selected>lau<\/option>/);
  });

  it('starts a run from the form and keeps its results private at a stable address', async () => {
    const started = await startRun({
      groups: ['grpA', 'grpB', 'grpC'],
      bandwidths: '',
      kernel: 'uniform',
      compat: 'pysal',
    });
    expect(started.statusCode).toBe(303);
    const runUrl = started.headers.location as string;
    expect(runUrl).toMatch(/^\/evidence\/runs\/run-[0-9a-f-]+$/);
    const run = await waitForRun(me.client, runUrl.split('/').pop()!);
    expect(run).toMatchObject({ status: 'succeeded', options: { bandwidths: [], kernel: 'uniform', compat: 'pysal' } });
    const page = await me.client.request({ url: `${runUrl}?index=group.grpB.dissimilarity&sort=population&order=asc` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Areas by Dissimilarity – grpB');
    expect(page.body).toContain('aria-sort="ascending"');
    expect(page.body).toContain('data-layer-url="/api/v1/evidence/runs/');
    expect(page.body).not.toContain('data-center=');
    // A location quotient's map is diverging, centred on 1 (as large as the group's overall share).
    const lq = (run.layers as { name: string }[]).find((l) => l.name.startsWith('lq_'));
    expect(lq).toBeDefined();
    const lqPage = await me.client.request({ url: `${runUrl}?layer=${lq!.name}` });
    expect(lqPage.body).toContain('data-center="1"');
    expect((await t.anonymous.request({ url: runUrl })).statusCode).toBe(404);
  });

  it('splits the map into the chosen classes without JavaScript: the legend and both tables follow ?classes=', async () => {
    const runUrl = (await startRun({ groups: ['grpA', 'grpB', 'grpC'], bandwidths: '300' })).headers.location as string;
    const run = await waitForRun(me.client, runUrl.split('/').pop()!);
    const name = (run.layers as { name: string }[]).map((l) => l.name).find((n) => n.startsWith('share_'));
    expect(name).toBeDefined();
    const layer = (await me.client.request({ url: `/api/v1/evidence/runs/${String(run.id)}/layers/${name}` })).json<{
      values: (number | null)[];
      min: number;
      max: number;
    }>();
    const values = layer.values.filter((v): v is number => v !== null);
    expect(values.length).toBeGreaterThan(20);
    const legend = (body: string) =>
      [...body.matchAll(/<li\s+data-colour="(#[0-9a-f]{6})"\s+data-from="([^"]+)"\s+data-to="([^"]+)"/g)].map((m) => ({
        colour: m[1]!,
        from: Number(m[2]),
        to: Number(m[3]),
      }));
    const classCounts = (body: string) => {
      const table = body.slice(body.indexOf('<table class="map-class-cells">'));
      const tbody = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
      return [...tbody.matchAll(/<td>([\d,]+)<\/td>/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    };

    const linear = (await me.client.request({ url: `${runUrl}?layer=${name}&classes=linear` })).body;
    expect(linear).toMatch(/<option value="linear" selected>Equal intervals<\/option>/);
    const classes = legend(linear);
    expect(classes).toHaveLength(7);
    const step = (layer.max - layer.min) / 7;
    classes.forEach((c, j) => {
      expect(c.from).toBeCloseTo(layer.min + j * step, 5);
      expect(c.to).toBeCloseTo(layer.min + (j + 1) * step, 5);
    });
    // The table alternative: each class's cells, counted here from the layer's values.
    const expected = classes.map(
      (c, j) => values.filter((v) => v >= c.from && (v < c.to || (j === classes.length - 1 && v <= c.to))).length,
    );
    expect(classCounts(linear)).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(values.length);
    // The highest cells name their class, and the other links of the page keep the choice.
    expect(linear).toContain(`<td data-class-cell>`);
    expect(squashHtml(linear)).toContain(`<td data-class-cell>${formatRange(classes[6]!)}</td>`);
    expect(linear).toMatch(/href="[^"]*classes=linear[^"]*#ranking-title"/);

    const quantile = (await me.client.request({ url: `${runUrl}?layer=${name}` })).body;
    expect(quantile).toMatch(/<option value="quantile" selected>/);
    const q = legend(quantile);
    expect(q.length).toBeGreaterThan(2);
    expect(q.map((c) => c.from)).not.toEqual(classes.slice(0, q.length).map((c) => c.from));
    expect(classCounts(quantile).reduce((a, b) => a + b, 0)).toBe(values.length);
    const unknown = (await me.client.request({ url: `${runUrl}?layer=${name}&classes=rainbow` })).body;
    expect(legend(unknown)).toEqual(q);
  });

  it("renders a city's indicators section through the hook for the city page", async () => {
    const admin = await t.signIn('admin');
    const city = (await admin.request({ url: '/api/v1/cities/city-vienna' })).json();
    const { status: _s, updatedAt: _u, practices: _p, ...record } = city;
    expect(
      (
        await admin.request({
          method: 'PUT',
          url: '/api/v1/cities/city-vienna',
          payload: { ...record, areaCode: 'AREA-W' },
        })
      ).statusCode,
    ).toBe(200);
    const page: PageContext = {
      t: translator('en'),
      lang: 'en',
      user: null,
      csrfToken: null,
      path: '/cities/city-vienna',
    };
    const request = { user: null } as Parameters<typeof cityIndicatorsHtml>[1];
    expect((await cityIndicatorsHtml(t.db, request, page, 'city-vienna')).value).toContain(
      'No indicators have been computed yet for area code AREA-W.',
    );
    const runUrl = (await startRun({ groups: ['grpA', 'grpB'], bandwidths: '', public: 'true' })).headers
      .location as string;
    await waitForRun(me.client, runUrl.split('/').pop()!);
    const html = (await cityIndicatorsHtml(t.db, request, page, 'city-vienna')).value;
    expect(html).toContain('Segregation and diversity');
    expect(html).toContain(`href="${runUrl}"`);
    expect(html).toContain('Information theory (Theil&#39;s H)');
    expect((await cityIndicatorsHtml(t.db, request, page, 'city-modena')).value).toBe('');
  });
});

/** A class's range as the page writes it in English (at most 4 significant digits). */
function formatRange(c: { from: number; to: number }): string {
  const f = (v: number) =>
    Number.isInteger(v) && Math.abs(v) >= 1
      ? new Intl.NumberFormat('en').format(v)
      : new Intl.NumberFormat('en', { maximumSignificantDigits: 4 }).format(v);
  return `${f(c.from)} – ${f(c.to)}`;
}
