import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

type Item = { id: string; excerpt: string | null; highlights: [number, number][] };

describe.each(ENGINES)('search that forgives misspelt words, with matches highlighted, on %s', (engine) => {
  let t: TestApp;
  let editor: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await t.signIn('editor', 'city-modena');
  });
  afterAll(async () => t?.close());

  const search = async (q: string) => {
    const res = await t.anonymous.request({ url: `/api/v1/practices?q=${encodeURIComponent(q)}&pageSize=100` });
    expect(res.statusCode).toBe(200);
    return res.json<{
      total: number;
      items: Item[];
      correction: { q: string; total: number; applied: boolean } | null;
    }>();
  };

  const publish = async (payload: Record<string, unknown>) => {
    const created = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: { kind: 'practice', cityId: 'city-modena', language: 'en', ...payload },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await editor.request({ method: 'POST', url: `/api/v1/practices/${id}/publish` })).statusCode).toBe(200);
    return id;
  };

  it('corrects "languaje" to "language" and shows the results of the correction', async () => {
    const right = await search('language');
    expect(right.total).toBeGreaterThan(0);
    expect(right.correction).toBeNull();
    const typo = await search('languaje');
    expect(typo.correction).toEqual({ q: 'language', total: right.total, applied: true });
    expect(typo.total).toBe(right.total);
    expect(typo.items.map((i) => i.id).sort()).toEqual(right.items.map((i) => i.id).sort());
  });

  it('offers the correction without applying it when the query as typed finds something, but fewer', async () => {
    const milma = await search('milma');
    expect(milma.total).toBeGreaterThan(0);
    const both = await search('languaje or milma');
    expect(both.total).toBe(milma.total);
    expect(both.correction?.q).toBe('language or milma');
    expect(both.correction?.applied).toBe(false);
    expect(both.correction!.total).toBeGreaterThan(milma.total);
  });

  it('keeps the word list in step with the records: a new word is offered, a removed one no more', async () => {
    const id = await publish({
      name: 'Zanzibarite storytelling circles',
      description: 'Storytelling in the zanzibarite manner.',
    });
    const found = await search('zanzbarite');
    expect(found.correction).toMatchObject({ q: 'zanzibarite', applied: true });
    expect(found.items.map((i) => i.id)).toContain(id);
    const current = (await editor.request({ url: `/api/v1/practices/${id}` })).json();
    const edited = await editor.request({
      method: 'PUT',
      url: `/api/v1/practices/${id}`,
      payload: {
        kind: 'practice',
        cityId: 'city-modena',
        language: 'en',
        name: 'Storytelling circles',
        description: 'Storytelling in a circle.',
        version: current.version,
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const words = await t.db.query("SELECT word FROM search_words WHERE word = 'zanzibarite'");
    expect(words.rows.length).toBe(0);
    const gone = await search('zanzbarite');
    expect(gone.correction).toBeNull();
    expect(gone.total).toBe(0);
  });

  it('gives where the matching words are in each excerpt', async () => {
    const r = await search('employment');
    expect(r.items.length).toBeGreaterThan(0);
    const marked = r.items.filter((i) => i.highlights.length);
    expect(marked.length).toBeGreaterThan(0);
    for (const i of marked)
      for (const [start, end] of i.highlights) expect(i.excerpt!.slice(start, end)).toMatch(/^employ/i);
    expect(r.items.every((i) => !i.excerpt || !/[\uE000\uE001]/.test(i.excerpt))).toBe(true);
  });

  it('escapes the record text and the query on the page, marking the matches only', async () => {
    await publish({
      name: 'Quokkaville welcome desk',
      description: 'A welcome desk <script>alert("x")</script> for quokkaville newcomers <img src=x onerror=alert(1)>.',
    });
    const page = await t.anonymous.request({ url: `/practices?q=${encodeURIComponent('quokkaville newcomers')}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<mark>quokkaville<\/mark> <mark>newcomers<\/mark>/);
    expect(page.body).not.toContain('<script>');
    expect(page.body).not.toMatch(/<img src=x/);
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const hostile = await t.anonymous.request({
      url: `/practices?q=${encodeURIComponent('<img src=y onerror=alert(2)>')}`,
    });
    expect(hostile.body).not.toContain('<img src=y');
    expect(hostile.body).toContain('value="&lt;img src=y onerror=alert(2)&gt;"');
  });

  it('says "Did you mean" on the page, linking to the corrected search', async () => {
    const page = await t.anonymous.request({ url: '/practices?q=languaje' });
    expect(page.body).toMatch(
      /Showing results for\s*<a href="\/practices\?q=language"><strong>language<\/strong><\/a>/,
    );
    expect(page.body).toContain('No practice matched “languaje”.');
    const offered = await t.anonymous.request({ url: `/practices?q=${encodeURIComponent('languaje or milma')}` });
    expect(offered.body).toMatch(
      /Did you mean:\s*<a href="\/practices\?q=language\+or\+milma"><strong>language or milma<\/strong><\/a>/,
    );
  });
});
