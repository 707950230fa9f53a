import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/accounts/passwords.ts';
import { insertUser } from '../src/accounts/service.ts';
import { ENGINES, startTestApp, TEST_PASSWORD, type TestApp } from './harness.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const htmlLang = (body: string) => /<html lang="([^"]+)"/.exec(body)?.[1];
const unescape = (href: string) => href.replace(/&amp;/g, '&');
/** The page's same-origin links to other pages (not static files, the API or fragments), unescaped. */
const pageLinks = (body: string) =>
  [...body.matchAll(/<a\s[^>]*href="(\/[^"]*)"/g)]
    .map((m) => unescape(m[1] ?? ''))
    .filter((href) => !href.startsWith('//') && !/^\/(static|api)\//.test(href));

describe.each(ENGINES)('a shared address keeps its language on the pages it links to on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t?.close());

  const get = (url: string) => t.anonymous.request({ url });

  /** Follows up to `count` of the page's links and expects each next page in Greek. */
  async function followInGreek(url: string, count: number): Promise<string[]> {
    const page = await get(url);
    expect(page.statusCode).toBe(200);
    expect(htmlLang(page.body)).toBe('el');
    const links = [...new Set(pageLinks(page.body))];
    expect(links.length).toBeGreaterThanOrEqual(count);
    for (const href of links) expect(new URL(href, 'http://x').searchParams.get('lang'), href).toBe('el');
    for (const href of links.slice(0, count)) {
      const next = await get(href);
      expect(next.statusCode, href).toBe(200);
      expect(htmlLang(next.body), href).toBe('el');
    }
    return links;
  }

  it('the home page, the practice search and a practice link to pages in Greek', async () => {
    await followInGreek('/?lang=el', 12);
    const search = await followInGreek('/practices?lang=el', 12);
    const practice = search.find((href) => /^\/practices\/(?!new\b)[^/?]+\?/.test(href));
    expect(practice).toBeDefined();
    await followInGreek(practice!, 5);
  });

  it('leaves the hreflang alternates, static files and pages without ?lang alone', async () => {
    const page = (await get('/practices?lang=el')).body;
    expect(page).toContain('<link rel="alternate" hreflang="x-default" href="/practices" />');
    expect(page).toContain('<link rel="stylesheet" href="/static/app.css" />');
    expect(page).toMatch(/<a href="\/api\/v1\/openapi\.json">/);
    const plain = await t.anonymous.request({ url: '/practices', headers: { 'accept-language': 'el' } });
    expect(htmlLang(plain.body)).toBe('el');
    const links = pageLinks(plain.body);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((href) => href.includes('lang='))).toEqual([]);
  });

  it('a GET search form carries the language, and so does the address it builds', async () => {
    const page = (await get('/practices?lang=el')).body;
    const searchForm = /<form\s[^>]*method="get"[^>]*>[\s\S]*?<\/form>/.exec(page)?.[0] ?? '';
    expect(searchForm).toContain('<input type="hidden" name="lang" value="el" />');
    const results = await get('/practices?q=language&lang=el');
    expect(htmlLang(results.body)).toBe('el');
  });

  it('a form posted from a ?lang= page redirects to the next page in that language', async () => {
    const signInPage = (await get('/sign-in?next=%2Fcities&lang=el')).body;
    const action = /<form[^>]*method="post"[^>]*action="([^"]*)"|<form[^>]*action="([^"]*)"[^>]*method="post"/.exec(
      signInPage.slice(signInPage.indexOf('<main')),
    );
    const target = unescape(action?.[1] ?? action?.[2] ?? '/sign-in');
    expect(new URL(target, 'http://x').searchParams.get('lang')).toBe('el');
    await insertUser(t.db, {
      email: 'greek-reader@example.org',
      name: 'Greek Reader',
      role: 'reader',
      cityId: null,
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
    const signedIn = await t.anonymous.request({
      method: 'POST',
      url: target,
      headers: form,
      payload: `email=greek-reader%40example.org&password=${encodeURIComponent(TEST_PASSWORD)}&next=%2Fcities`,
    });
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/cities?lang=el');
    const session = signedIn.cookies.find((c) => c.name === 'convivio_session')?.value ?? '';
    const next = await t.anonymous.request({
      url: String(signedIn.headers.location),
      cookies: { convivio_session: session },
    });
    expect(htmlLang(next.body)).toBe('el');
  });

  it('the switcher’s choice replaces the language of the address it was posted from', async () => {
    const page = (await get('/practices?lang=el')).body;
    expect(page).toContain('action="/language?lang=el"');
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/language?lang=el',
      headers: form,
      payload: `lang=fr&next=${encodeURIComponent('/practices?q=work')}`,
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/practices?q=work');
  });

  it('an anonymous visitor sent to sign in keeps the language', async () => {
    const res = await get('/account?lang=el');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/sign-in?next=%2Faccount%3Flang%3Del&lang=el');
  });
});
