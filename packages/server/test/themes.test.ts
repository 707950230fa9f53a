import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

/** The theme pages and API: counts against the practice search, a theme's practices, cities and challenges, Follow. */
describe.each(ENGINES)('theme pages on %s', (engine) => {
  let t: TestApp;
  let reader: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    reader = await t.signIn('reader');
  });
  afterAll(async () => t?.close());

  it('lists every theme with as many practices as the practice search finds for it', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/themes' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { slug: string; practices: number; challenges: number }[];
    expect(items.length).toBeGreaterThan(10);
    const housing = items.find((i) => i.slug === 'housing')!;
    const search = (await t.anonymous.request({ url: '/api/v1/practices?theme=housing&pageSize=100' })).json();
    expect(search.total).toBeGreaterThan(0);
    expect(housing.practices).toBe(search.total);
    const page = squashHtml((await t.anonymous.request({ url: '/themes' })).body);
    expect(page).toContain('<h1>Themes</h1>');
    expect(page).toContain(`<th scope="row"><a href="/themes/housing">Housing</a></th><td>${housing.practices}</td>`);
  });

  it("shows a theme's practices, the cities active in it and its challenges, and 404 for an unknown theme", async () => {
    const api = (await t.anonymous.request({ url: '/api/v1/themes/housing' })).json();
    const search = (await t.anonymous.request({ url: '/api/v1/practices?theme=housing&pageSize=100' })).json();
    expect(api.practices.length).toBe(search.total);
    expect(api.practices.map((p: { id: string }) => p.id).sort()).toEqual(
      search.items.map((p: { id: string }) => p.id).sort(),
    );
    expect(api.cities.length).toBeGreaterThan(0);
    const sum = api.cities.reduce((n: number, c: { practices: number }) => n + c.practices, 0);
    expect(sum).toBe(api.practices.filter((p: { cityName: string | null }) => p.cityName).length);
    const challenges = (await t.anonymous.request({ url: '/api/v1/challenges' })).json().items;
    expect(api.challenges.map((c: { id: string }) => c.id)).toEqual(
      challenges.filter((c: { themes?: string[] }) => c.themes?.includes('housing')).map((c: { id: string }) => c.id),
    );
    const page = squashHtml((await t.anonymous.request({ url: '/themes/housing' })).body);
    expect(page).toContain('<h1>Housing</h1>');
    expect(page).toContain(`<a href="/practices/${api.practices[0].id}">`);
    expect(page).toContain(`<a href="/cities/${api.cities[0].id}">${api.cities[0].name}</a>`);
    expect(page).not.toContain('action="/follows"');
    expect((await t.anonymous.request({ url: '/themes/no-such-theme' })).statusCode).toBe(404);
    const missing = await t.anonymous.request({ url: '/api/v1/themes/no-such-theme' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/no-such-theme/);
  });

  it('links the themes of a practice page to the theme pages', async () => {
    const api = (await t.anonymous.request({ url: '/api/v1/themes/housing' })).json();
    const page = (await t.anonymous.request({ url: `/practices/${api.practices[0].id}` })).body;
    expect(page).toContain('href="/themes/housing"');
  });

  it('follows and stops following a theme from its page with a form that works without scripts', async () => {
    const page = squashHtml((await reader.request({ url: '/themes/housing' })).body);
    expect(page).toContain('<form method="post" action="/follows"');
    expect(page).toContain('name="kind" value="theme"><input type="hidden" name="target" value="housing">');
    const res = await postForm(reader, '/follows', [
      ['kind', 'theme'],
      ['target', 'housing'],
      ['back', '/themes/housing'],
    ]);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/themes/housing');
    const after = (await reader.request({ url: '/themes/housing' })).body;
    expect(after).toContain('You follow Housing.');
    expect(after).toContain('action="/follows/remove"');
    expect((await reader.request({ url: '/api/v1/follows' })).json().items).toEqual([
      expect.objectContaining({ kind: 'theme', target: 'housing' }),
    ]);
    const stop = await postForm(reader, '/follows/remove', [
      ['kind', 'theme'],
      ['target', 'housing'],
      ['back', '/themes/housing'],
    ]);
    expect(stop.statusCode).toBe(303);
    expect((await reader.request({ url: '/themes/housing' })).body).not.toContain('action="/follows/remove"');
  });
});
