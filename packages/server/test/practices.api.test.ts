import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const minimal = (over: Record<string, unknown> = {}) => ({
  kind: 'practice',
  name: 'Neighbourhood language cafés',
  cityId: 'city-modena',
  language: 'en',
  description: 'Weekly conversation tables where newcomers and residents practise Italian together.',
  themes: ['language', 'coexistence'],
  targetGroups: ['migrants'],
  typology: 'awareness-coexistence',
  ...over,
});

describe.each(ENGINES)('practice library API on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let modenaEditor: Client;
  let viennaEditor: Client;
  let reader: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
    modenaEditor = await t.signIn('editor', 'city-modena');
    viennaEditor = await t.signIn('editor', 'city-vienna');
    reader = await t.signIn('reader');
  });
  afterAll(async () => t?.close());

  it('answers health when the database is reachable', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/health' });
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('finds MILMA by a word of its results, ranked, with facet counts', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/practices?q=employment' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.map((i: { id: string }) => i.id)).toContain('practice-fuenlabrada-milma');
    const scores = body.items.map((i: { score: number }) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const es = body.facets.country.find((f: { value: string }) => f.value === 'ES');
    expect(es.count).toBeGreaterThan(0);
  });

  it('is accent-insensitive and stems words', async () => {
    const a = (await t.anonymous.request({ url: '/api/v1/practices?q=Metropole' })).json();
    const b = (await t.anonymous.request({ url: '/api/v1/practices?q=Métropole' })).json();
    expect(a.total).toBeGreaterThan(0);
    expect(a.total).toBe(b.total);
    const stemmed = (await t.anonymous.request({ url: '/api/v1/practices?q=refugee' })).json();
    const plural = (await t.anonymous.request({ url: '/api/v1/practices?q=refugees' })).json();
    expect(stemmed.total).toBeGreaterThan(0);
    expect(stemmed.total).toBe(plural.total);
  });

  it('stems a record in its own language: a French practice is found by another form of a French word, with or without accents', async () => {
    const admin2 = await t.signIn('admin');
    const created = await admin2.request({
      method: 'POST',
      url: '/api/v1/practices?status=published',
      payload: minimal({
        name: 'Ateliers de conversation',
        language: 'fr',
        cityId: 'city-pont-de-claix',
        description: 'Des ateliers hebdomadaires où les réfugiées apprennent le français avec des bénévoles.',
      }),
    });
    expect(created.statusCode).toBe(201);
    for (const q of ['réfugiée', 'refugiees', 'atelier']) {
      const ids = (await t.anonymous.request({ url: `/api/v1/practices?q=${encodeURIComponent(q)}` }))
        .json()
        .items.map((i: { id: string }) => i.id);
      expect(ids, q).toContain(created.json().id);
    }
  });

  it('filters by facets (AND across facets, OR within one) and counts each facet without its own filter', async () => {
    const all = (await t.anonymous.request({ url: '/api/v1/practices?pageSize=100' })).json();
    const fr = (await t.anonymous.request({ url: '/api/v1/practices?country=FR&pageSize=100' })).json();
    expect(fr.total).toBeGreaterThan(0);
    expect(new Set(fr.items.map((i: { country: string }) => i.country))).toEqual(new Set(['FR']));
    expect(fr.facets.country).toEqual(all.facets.country);
    const frOrIt = (await t.anonymous.request({ url: '/api/v1/practices?country=FR,IT&pageSize=100' })).json();
    const it = all.facets.country.find((f: { value: string }) => f.value === 'IT').count;
    expect(it).toBeGreaterThan(0);
    expect(frOrIt.total).toBe(fr.total + it);
    const repeated = (
      await t.anonymous.request({ url: '/api/v1/practices?country=FR&country=IT&pageSize=100' })
    ).json();
    expect(repeated.total).toBe(frOrIt.total);
    const frWelcome = (
      await t.anonymous.request({ url: '/api/v1/practices?country=FR&typology=welcome-inclusion&pageSize=100' })
    ).json();
    const frWelcomeExpected = fr.items.filter((i: { typology: string }) => i.typology === 'welcome-inclusion').length;
    expect(frWelcomeExpected).toBeGreaterThan(0);
    expect(frWelcome.total).toBe(frWelcomeExpected);
  });

  it('counts every facet exactly as a brute-force count over the records does', async () => {
    const all = (await t.anonymous.request({ url: '/api/v1/practices?pageSize=100' })).json();
    expect(all.total).toBeLessThanOrEqual(100);
    const details = await Promise.all(
      all.items.map(async (i: { id: string }) =>
        (await t.anonymous.request({ url: `/api/v1/practices/${i.id}` })).json(),
      ),
    );
    const valuesOf = (d: Record<string, any>, facet: string): string[] =>
      (
        {
          country: [d.city?.country],
          city: [d.cityId],
          theme: d.themes,
          targetGroup: d.targetGroups,
          typology: [d.typology],
          actionPlanArea: d.actionPlanAreas,
          kind: [d.kind],
          language: [d.language],
          systematized: [d.systematized.value === null ? 'unknown' : d.systematized.value ? 'yes' : 'no'],
          period: [d.duration.ongoing === null ? 'unknown' : d.duration.ongoing ? 'ongoing' : 'ended'],
        } as Record<string, unknown[]>
      )[facet].filter((v): v is string => typeof v === 'string');
    const combos: Record<string, string[]>[] = [
      { country: ['FR', 'IT'] },
      { theme: ['employment', 'education'], typology: ['welcome-inclusion'] },
      { targetGroup: ['refugees'], period: ['ongoing', 'unknown'], kind: ['practice'] },
      { systematized: ['yes'], language: ['en'] },
    ];
    for (const filters of combos) {
      const query = Object.entries(filters)
        .map(([k, v]) => `${k}=${v.join(',')}`)
        .join('&');
      const res = (await t.anonymous.request({ url: `/api/v1/practices?pageSize=100&${query}` })).json();
      const passes = (d: Record<string, any>, except: string | null) =>
        Object.entries(filters).every(([f, wanted]) => f === except || valuesOf(d, f).some((v) => wanted.includes(v)));
      expect(res.total, query).toBe(details.filter((d) => passes(d, null)).length);
      for (const facet of Object.keys(res.facets)) {
        const expected = new Map<string, number>();
        for (const d of details)
          if (passes(d, facet))
            for (const v of new Set(valuesOf(d, facet))) expected.set(v, (expected.get(v) ?? 0) + 1);
        const got = new Map(res.facets[facet].map((x: { value: string; count: number }) => [x.value, x.count]));
        expect(got, `${query} → ${facet}`).toEqual(expected);
      }
    }
  });

  it('paginates and sorts by name', async () => {
    const p1 = (await t.anonymous.request({ url: '/api/v1/practices?sort=name&pageSize=5&page=1' })).json();
    const p2 = (await t.anonymous.request({ url: '/api/v1/practices?sort=name&pageSize=5&page=2' })).json();
    const names = [...p1.items, ...p2.items].map((i: { name: string }) => i.name);
    expect(names).toHaveLength(10);
    expect(new Set(names).size).toBe(10);
    expect(p1.total).toBe(p2.total);
  });

  it('says when nothing matches and suggests what to relax', async () => {
    const res = (await t.anonymous.request({ url: '/api/v1/practices?q=employment&country=AT' })).json();
    expect(res.total).toBe(0);
    expect(res.suggestions).toContainEqual(expect.objectContaining({ kind: 'remove-filter', facet: 'country' }));
  });

  it('rejects a bad query parameter naming it', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/practices?pageSize=1000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'pageSize' });
  });

  it('returns a practice with every template field and quantitative results', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/practices/practice-fuenlabrada-milma' });
    const p = res.json();
    expect(p.city).toMatchObject({ id: 'city-fuenlabrada', country: 'ES' });
    expect(p.quantitativeResults).toContainEqual(expect.objectContaining({ achieved: 39.28, target: 35, unit: '%' }));
    for (const field of [
      'area',
      'links',
      'challengesAddressed',
      'duration',
      'stakeholders',
      'description',
      'systematized',
      'results',
      'communicationStrategy',
      'stakeholderInvolvement',
      'migrantInvolvement',
      'challengesExperienced',
      'recommendations',
      'lessonsLearned',
      'source',
    ]) {
      expect(p).toHaveProperty(field);
    }
    expect(p.related.length).toBeGreaterThan(0);
    expect(p.related.every((r: { id: string }) => r.id !== p.id)).toBe(true);
  });

  it('answers 404 with a code for an unknown practice', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/practices/practice-nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('needs a session to write: anonymous 401, reader 403, other city editor 403', async () => {
    expect(
      (await t.anonymous.request({ method: 'POST', url: '/api/v1/practices', payload: minimal() })).statusCode,
    ).toBe(401);
    expect((await reader.request({ method: 'POST', url: '/api/v1/practices', payload: minimal() })).statusCode).toBe(
      403,
    );
    const other = await viennaEditor.request({
      method: 'PUT',
      url: '/api/v1/practices/practice-modena-citta-interculturale',
      payload: minimal(),
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('forbidden');
  });

  it('refuses writes without the CSRF token', async () => {
    const res = await modenaEditor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: minimal({ name: 'No token' }),
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });

  it('validates on the server, naming each field at fault', async () => {
    const res = await modenaEditor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: minimal({
        name: 'X',
        themes: ['nonsense'],
        quantitativeResults: [{ indicator: 'jobs', achieved: 'many' }],
      }),
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'themes.0', 'quantitativeResults.0.achieved']));
  });

  it('lets a city editor draft, publish, edit and restore their own practice, keeping every revision', async () => {
    const created = await modenaEditor.request({ method: 'POST', url: '/api/v1/practices', payload: minimal() });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().status).toBe('draft');
    expect((await t.anonymous.request({ url: `/api/v1/practices/${id}` })).statusCode).toBe(404);
    const published = await modenaEditor.request({ method: 'POST', url: `/api/v1/practices/${id}/publish` });
    expect(published.json().status).toBe('published');
    expect((await t.anonymous.request({ url: `/api/v1/practices/${id}` })).statusCode).toBe(200);
    const edited = await modenaEditor.request({
      method: 'PUT',
      url: `/api/v1/practices/${id}`,
      payload: minimal({ name: 'Language cafés', version: 2 }),
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().version).toBe(3);
    const stale = await modenaEditor.request({
      method: 'PUT',
      url: `/api/v1/practices/${id}`,
      payload: minimal({ name: 'Stale', version: 2 }),
    });
    expect(stale.statusCode).toBe(409);
    const history = (await modenaEditor.request({ url: `/api/v1/practices/${id}/revisions` })).json().items;
    expect(history.map((r: { action: string }) => r.action)).toEqual(['update', 'publish', 'create']);
    expect(history[0].authorName).toContain('Test editor');
    const restored = await modenaEditor.request({ method: 'POST', url: `/api/v1/practices/${id}/revisions/1/restore` });
    expect(restored.json().name).toBe('Neighbourhood language cafés');
    expect((await reader.request({ url: `/api/v1/practices/${id}/revisions` })).statusCode).toBe(403);
  });

  it('lets an administrator edit any city and forbids an editor to move a practice to another city', async () => {
    const moved = await modenaEditor.request({
      method: 'PUT',
      url: '/api/v1/practices/practice-modena-citta-interculturale',
      payload: minimal({ cityId: 'city-vienna' }),
    });
    expect(moved.statusCode).toBe(403);
    const res = await admin.request({
      method: 'POST',
      url: '/api/v1/practices?status=published',
      payload: minimal({ name: 'Admin added', cityId: 'city-vienna' }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('published');
  });

  it('publishes the practice record format as JSON Schema and documents the API', async () => {
    const schema = (await t.anonymous.request({ url: '/api/v1/schemas/practice.json' })).json();
    expect(schema.properties.quantitativeResults.items.properties).toHaveProperty('target');
    const doc = (await t.anonymous.request({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths).toHaveProperty('/api/v1/practices');
    expect(doc.paths['/api/v1/practices'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'country', 'page', 'pageSize']),
    );
  });
});
