import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, ENGINES, EVERYONE, roleMatrix, startTestApp, type TestApp, type Who } from './harness.ts';

const SIGNED_IN = { anonymous: 401, reader: 200, otherEditor: 200, editor: 200, admin: 200 } as const;

describe.each(ENGINES)('follows and the digest API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-turin');
  });
  afterAll(async () => t?.close());

  const routes: { name: string; method: 'GET' | 'PUT'; url: string; payload?: object }[] = [
    { name: 'follow a city', method: 'PUT', url: '/api/v1/follows/city/city-milan' },
    { name: 'follow a theme', method: 'PUT', url: '/api/v1/follows/theme/housing' },
    { name: 'follow a challenge', method: 'PUT', url: '/api/v1/follows/challenge/labour-economic-integration' },
    { name: 'see what one follows', method: 'GET', url: '/api/v1/follows' },
    { name: 'read the digest', method: 'GET', url: '/api/v1/follows/digest' },
    { name: 'set the digest', method: 'PUT', url: '/api/v1/follows/digest-setting', payload: { frequency: 'weekly' } },
  ];
  describe.each(routes)('$name ($method)', (route) => {
    it.each(EVERYONE)('answers %s: anyone signed in, for themselves', async (who) => {
      const res = await as[who].request({
        method: route.method,
        url: route.url,
        ...(route.payload ? { payload: route.payload } : {}),
      });
      expect(res.statusCode, res.body).toBe(SIGNED_IN[who]);
    });
  });

  it('shows each person only their own follows, and lists them in their data export', async () => {
    const reader = await t.signIn('reader');
    await reader.request({ method: 'PUT', url: '/api/v1/follows/city/city-vienna' });
    const mine = (await reader.request({ url: '/api/v1/follows' })).json();
    expect(mine.items).toEqual([{ kind: 'city', target: 'city-vienna', name: 'Vienna', since: expect.any(String) }]);
    const admins = (await as.admin.request({ url: '/api/v1/follows' })).json();
    expect(admins.items.map((i: { target: string }) => i.target)).not.toContain('city-vienna');
    const exported = (await reader.request({ url: '/api/v1/account/export' })).json();
    expect(exported.follows).toEqual([{ kind: 'city', target: 'city-vienna', since: expect.any(String) }]);
    const gone = await reader.request({ method: 'DELETE', url: '/api/v1/follows/city/city-vienna' });
    expect(gone.json().items).toEqual([]);
    expect((await reader.request({ method: 'DELETE', url: '/api/v1/follows/city/city-vienna' })).statusCode).toBe(404);
  });

  it.each([
    ['a city that does not exist', '/api/v1/follows/city/city-atlantis', 404, 'id'],
    ['a theme not in the vocabulary', '/api/v1/follows/theme/gardening', 400, 'target'],
    ['a challenge not in the taxonomy', '/api/v1/follows/challenge/boredom', 400, 'target'],
    ['a kind that cannot be followed', '/api/v1/follows/person/someone', 400, 'kind'],
  ])('refuses to follow %s, naming the field', async (_name, url, status, field) => {
    const res = await as.reader.request({ method: 'PUT', url });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.field).toBe(field);
  });

  it('says "nothing new" first, then shows a practice changed in a followed city, and starts again once read', async () => {
    const reader = await t.signIn('reader');
    expect((await reader.request({ url: '/api/v1/follows/digest' })).json().digest).toEqual({
      status: 'nothing-new',
      follows: 0,
    });
    await reader.request({ method: 'PUT', url: '/api/v1/follows/city/city-turin' });
    await reader.request({ url: '/api/v1/follows/digest?markRead=true' });
    expect((await reader.request({ url: '/api/v1/follows/digest' })).json().digest).toEqual({
      status: 'nothing-new',
      follows: 1,
    });
    const created = await as.editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: {
        kind: 'practice',
        name: 'Turin welcome desk',
        cityId: 'city-turin',
        language: 'en',
        description: 'A desk where newcomers find every service of the city.',
        themes: ['reception'],
        targetGroups: ['migrants'],
        typology: 'awareness-coexistence',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await as.editor.request({ method: 'POST', url: `/api/v1/practices/${id}/publish` })).statusCode).toBe(200);
    const news = (await reader.request({ url: '/api/v1/follows/digest?markRead=true' })).json().digest;
    expect(news.status).toBe('news');
    expect(news.entries).toEqual([
      {
        follow: { kind: 'city', target: 'city-turin' },
        practices: [{ id, name: 'Turin welcome desk', change: 'new' }],
        assessments: [],
        events: [],
        evidence: [],
      },
    ]);
    expect((await reader.request({ url: '/api/v1/follows/digest' })).json().digest.status).toBe('nothing-new');
  });
});
