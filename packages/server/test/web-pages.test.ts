import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const draft = {
  kind: 'practice',
  name: 'Quiet draft of a welcome desk',
  cityId: 'city-modena',
  language: 'en',
  description: 'A welcome desk still being written up.',
  themes: ['reception'],
  targetGroups: ['migrants'],
};

/** The value of a form field's `value="…"` attribute in a page (first match). */
const inputValue = (body: string, id: string) => new RegExp(`id="${id}"[^>]*value="([^"]*)"`).exec(body)?.[1];

describe.each(ENGINES)('web pages on %s', (engine) => {
  let t: TestApp;
  let modenaEditor: Client;
  let viennaEditor: Client;
  let reader: Client;
  let draftId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    modenaEditor = await t.signIn('editor', 'city-modena');
    viennaEditor = await t.signIn('editor', 'city-vienna');
    reader = await t.signIn('reader');
    const res = await modenaEditor.request({ method: 'POST', url: '/api/v1/practices', payload: draft });
    expect(res.statusCode).toBe(201);
    draftId = res.json().id;
  });
  afterAll(async () => t?.close());

  const get = (url: string, client: Client = t.anonymous) => client.request({ url });

  it('serves every public page as HTML in the layout', async () => {
    for (const url of [
      '/',
      '/practices',
      '/practices?q=employment',
      '/practices/practice-fuenlabrada-milma',
      '/cities',
      '/cities/city-vienna',
      '/cities/compare?ids=city-milan,city-vienna',
      '/sign-in',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('<html lang="en" dir="ltr">');
      expect(res.body).toContain('<main id="main"');
    }
    expect((await get('/practices?lang=xx')).body).toContain('<html lang="en" dir="ltr">');
    expect((await get('/practices?q=MILMA')).body).toMatch(
      /<a href="\/practices\/practice-fuenlabrada-milma" lang="en">MILMA Project<\/a>/,
    );
  });

  it('answers unknown pages with an HTML 404 and unknown API paths with JSON', async () => {
    const page = await get('/no-such-page');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
    const api = await get('/api/v1/no-such-thing');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
    const missing = await get('/practices/practice-does-not-exist');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Page not found');
  });

  it('shows every template section of a practice, its quantitative results and its source', async () => {
    const res = await get('/practices/practice-fuenlabrada-milma');
    for (const heading of [
      'Identification',
      'Results',
      'Communication, stakeholders and migrants',
      'Challenges experienced',
      'Recommendations',
      'Lessons learned',
      'Funding',
      'Source',
      'Related practices from other cities',
    ]) {
      expect(res.body).toContain(`>${heading}</h2>`);
    }
    expect(res.body).toMatch(
      /Migrant people who find a job after the training\s*<\/th>\s*<td class="num">\s*39\.28 %\s*<\/td>\s*<td class="num">\s*35 %\s*<\/td>/,
    );
    expect(res.body).toContain('112 % of target');
    expect(res.body).toContain('href="/cities/city-fuenlabrada"');
    expect(res.body).toMatch(/<dd lang="en"><p>Through the MILMA Project/);
  });

  it('says "Not recorded" for the empty fields of a record with no source instead of hiding them', async () => {
    const res = await get(`/practices/${draftId}`, modenaEditor);
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/Not recorded/g)?.length).toBeGreaterThan(10);
    expect(res.body).not.toContain('Not stated in the source');
    expect(res.body).toContain('badge-draft');
  });

  it('says "Not stated in the source" where a source exists, and names the source by its title and section', async () => {
    const res = await get('/practices/practice-children-zones');
    expect(res.statusCode).toBe(200);
    expect(res.body.match(/Not stated in the source/g)?.length).toBeGreaterThan(3);
    expect(res.body).not.toContain('Not recorded');
    expect(res.body).toMatch(/<cite>MUST-a-Lab D2\.1 State-of-the-Art Report[^<]*<\/cite\s*>, section “7\./);
    for (const url of [
      '/practices/practice-children-zones',
      '/cities/city-mechelen',
      '/cities/compare?ids=city-mechelen,city-vienna',
    ])
      expect((await get(url)).body, url).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it('never shows drafts on public pages', async () => {
    expect((await get(`/practices/${draftId}`)).statusCode).toBe(404);
    expect((await get(`/practices/${draftId}`, viennaEditor)).statusCode).toBe(404);
    for (const url of ['/', '/practices?pageSize=100', '/practices?q=quiet+draft', '/cities/city-modena']) {
      expect((await get(url)).body, url).not.toContain(draftId);
    }
    expect((await get('/practices?q=quiet+draft', modenaEditor)).body).toContain(draftId);
  });

  it('reads the same search parameters as the API, comma-separated or repeated, with readable facet labels', async () => {
    const comma = await get('/practices?country=ES,IT&typology=awareness-coexistence');
    const repeated = await get('/practices?country=ES&country=IT&typology=awareness-coexistence');
    const count = (body: string) => /id="result-count"[^>]*>([^<]*)</.exec(body)?.[1]?.trim();
    expect(count(comma.body)).toBe(count(repeated.body));
    const api = (await get('/api/v1/practices?country=ES,IT&typology=awareness-coexistence')).json();
    expect(count(comma.body)).toBe(`${api.total} practices found`);
    expect(comma.body).toContain('Awareness-raising &amp; coexistence');
    expect(comma.body).toMatch(/<label for="f-facet-country-ES">Spain <span class="count">/);
    expect(comma.body).toMatch(/<label for="f-facet-city-city-fuenlabrada">Fuenlabrada <span class="count">/);
    expect((await get('/practices?pageSize=1000')).statusCode).toBe(400);
  });

  it('suggests what to relax when nothing matches', async () => {
    const res = await get('/practices?q=employment&country=AT');
    expect(res.body).toContain('No practice matches your search.');
    expect(res.body).toMatch(
      /<a href="\/practices\?q=employment"\s*>\s*Remove the filter Country: Austria \(\d+ results\)\s*<\/a\s*>/,
    );
    expect(res.body).toContain('Search without the words “employment”');
  });

  it('compares two or more cities and explains when fewer are picked', async () => {
    const res = await get('/cities/compare?ids=city-milan&ids=city-vienna');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<th scope="col"><a href="/cities/city-milan">Milan</a></th>');
    expect(res.body).toContain('1,900,000 (2020)');
    const one = await get('/cities/compare?ids=city-milan');
    expect(one.statusCode).toBe(400);
    expect(one.body).toContain('Pick at least two different cities to compare.');
  });

  it('sends anonymous visitors to sign in, and forbids editing to those the services refuse', async () => {
    const anon = await get('/practices/practice-fuenlabrada-milma/edit');
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toBe('/sign-in?next=%2Fpractices%2Fpractice-fuenlabrada-milma%2Fedit');
    expect((await get('/practices/new', reader)).statusCode).toBe(403);
    const other = await get('/practices/practice-fuenlabrada-milma/edit', viennaEditor);
    expect(other.statusCode).toBe(403);
    expect(other.body).toContain('You may not do this');
    expect((await get('/practices/practice-fuenlabrada-milma/history', viennaEditor)).statusCode).toBe(403);
    expect((await get('/cities/city-modena/edit', viennaEditor)).statusCode).toBe(403);
    expect((await get('/cities/city-vienna/edit', viennaEditor)).statusCode).toBe(200);
  });

  it('rate-limits the sign-in form like the API route', async () => {
    const { buildApp } = await import('../src/app.ts');
    const { loadConfig } = await import('../src/config.ts');
    const limited = await buildApp({ db: t.db, config: { ...loadConfig({}), signInLimitPerMinute: 2 } });
    await t.db.query('DELETE FROM sign_in_attempts'); // the other tests' sign-ins from this client count too
    const attempt = () =>
      limited.inject({
        method: 'POST',
        url: '/sign-in',
        payload: 'email=a%40example.org&password=wrong',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const statuses = [(await attempt()).statusCode, (await attempt()).statusCode];
    const third = await attempt();
    expect(statuses).toEqual([401, 401]);
    expect(third.statusCode).toBe(429);
    expect(third.body).toContain('Too many attempts');
    await limited.close();
  });

  it('signs in through the form with the API session cookie, refuses wrong passwords, and signs out with CSRF', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      payload: 'email=nobody%40example.org&password=nope&next=%2Fcities',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('The email address or the password is not correct.');
    expect(inputValue(wrong.body, 'f-email')).toBe('nobody@example.org');
    const { createUser } = await import('../src/accounts/service.ts');
    await createUser(t.db, {
      email: 'form-user@example.org',
      name: 'Form User',
      role: 'editor',
      cityId: 'city-modena',
      password: 'correct horse battery',
    });
    const ok = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      payload: 'email=form-user%40example.org&password=correct+horse+battery&next=%2F%2Fevil.example',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe('/');
    const cookie = ok.cookies.find((c) => c.name === 'convivio_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const session = await t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: cookie.value } });
    expect(session.json().user.email).toBe('form-user@example.org');
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/sign-out',
      payload: '',
      cookies: { convivio_session: cookie.value },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(noToken.statusCode).toBe(403);
    const out = await t.app.inject({
      method: 'POST',
      url: '/sign-out',
      payload: `_csrf=${encodeURIComponent(session.json().csrfToken)}`,
      cookies: { convivio_session: cookie.value },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(out.statusCode).toBe(303);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: cookie.value } })).json().user,
    ).toBeNull();
  });
});
