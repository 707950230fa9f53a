import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/accounts/service.ts';
import { MAX_LISTED_ISSUES } from '../src/errors.ts';
import { MAX_VALUES } from '../src/http/input-guard.ts';
import { ENGINES, startTestApp, uniqueName, type Client, type TestApp } from './harness.ts';

const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const PASSWORD = 'correct horse battery';

describe.each(ENGINES)('hostile input never costs the server, on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(engine, { seed: false });
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  const practice = (over: Record<string, unknown> = {}) => ({
    kind: 'practice',
    name: uniqueName('Hostile input practice'),
    language: 'en',
    ...over,
  });
  /** Sends raw JSON text, so that escapes such as \u0000 and \ud800 reach the server's parser as written. */
  const postRaw = (text: string) =>
    admin.request({ method: 'POST', url: '/api/v1/practices', payload: text, headers: json });
  const expect400 = (res: { statusCode: number; json(): any }, field: string, message: RegExp) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field, message: expect.stringMatching(message) });
  };

  it('answers 400 naming the field for a NUL character in an id, a query value or a body field', async () => {
    expect400(await t.anonymous.request({ url: '/api/v1/practices/practice-x%00' }), 'id', /NUL/);
    expect400(
      await admin.request({ method: 'PUT', url: '/api/v1/practices/practice-x%00', payload: practice() }),
      'id',
      /NUL/,
    );
    expect400(await t.anonymous.request({ url: '/api/v1/practices?q=integration%00' }), 'q', /NUL/);
    expect400(await t.anonymous.request({ url: '/api/v1/cities/city-x%00/stakeholders' }), 'id', /NUL/);
    expect400(await postRaw(JSON.stringify(practice({ name: 'Bad\u0000name' }))), 'name', /NUL/);
    expect400(
      await postRaw(JSON.stringify(practice({ quantitativeResults: [{ indicator: 'ok', note: 'a\u0000b' }] }))),
      'quantitativeResults.0.note',
      /NUL/,
    );
    expect400(await postRaw(JSON.stringify(practice({ ['na\u0000me']: 'x' }))), 'body', /field name.*NUL/);
  });

  it('answers 400 for a NUL character in page addresses, page queries and form posts', async () => {
    for (const url of ['/practices/%00', '/practices?q=%00', '/cities/city-x%00', '/events/%00/programme']) {
      const res = await t.anonymous.request({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('text/html');
    }
    const sessions = await countSessions();
    const posted = await t.anonymous.request({
      method: 'POST',
      url: '/sign-in',
      payload: 'email=a%00%40example.org&password=x',
      headers: form,
    });
    expect(posted.statusCode).toBe(400);
    expect(await countSessions()).toBe(sessions);
  });

  it('answers 400 naming the field for a lone surrogate', async () => {
    expect400(
      await postRaw(JSON.stringify(practice()).replace('Hostile input', 'Lone \\ud800 surrogate')),
      'name',
      /surrogate/,
    );
    expect400(
      await postRaw(JSON.stringify(practice({ area: 'x' })).replace('"area":"x"', '"area":"\\udfff"')),
      'area',
      /surrogate/,
    );
    // a well-formed pair is fine
    const pair = await postRaw(JSON.stringify(practice({ area: 'Emoji \ud83d\ude00 ok' })));
    expect(pair.statusCode).toBe(201);
    expect(pair.json().area).toBe('Emoji \ud83d\ude00 ok');
  });

  it('refuses JSON nested 5,000 levels deep with a 400 at parse time, and takes brackets inside strings', async () => {
    const deep = JSON.stringify(practice()).replace(/}$/, `,"description":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    const res = await postRaw(deep);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'bad_request',
      field: 'body',
      message: expect.stringContaining('64 levels'),
    });
    const brackets = await postRaw(JSON.stringify(practice({ description: `${'['.repeat(5000)} "\\" {{{` })));
    expect(brackets.statusCode).toBe(201);
    // a depth within the limit reaches validation, which names the field
    const shallow = await postRaw(
      JSON.stringify(practice()).replace(/}$/, `,"description":${'['.repeat(10)}${']'.repeat(10)}}`),
    );
    expect400(shallow, 'description', /./);
  });

  it('lists at most 20 validation issues and says how many more there are', async () => {
    const many = await postRaw(JSON.stringify(practice({ themes: Array.from({ length: 5000 }, (_, i) => i) })));
    expect(many.statusCode).toBe(400);
    const error = many.json().error;
    expect(error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(error.issues[0].field).toBe('themes.0');
    expect(error.message).toMatch(/and 4999 more; 4980 of them not listed/);
    expect(many.body.length).toBeLessThan(10_000);
  });

  it('refuses a body carrying more values than any record has before validating it, naming where', async () => {
    const flood = await postRaw(JSON.stringify(practice({ themes: Array.from({ length: MAX_VALUES + 1 }, () => 1) })));
    expect(flood.statusCode).toBe(400);
    expect(flood.json().error).toMatchObject({
      field: 'themes',
      message: expect.stringContaining(`more than ${MAX_VALUES} values`),
    });
    // One issue, not one per value: the count was refused before the schema looked at the values.
    expect(flood.json().error.issues).toHaveLength(1);
  });

  it('goes back after sign-in only to a same-site path, deciding before the session is made', async () => {
    await createUser(t.db, { email: 'next@example.org', name: 'Next Person', role: 'reader', password: PASSWORD });
    const signIn = (next: string) =>
      t.anonymous.request({
        method: 'POST',
        url: '/sign-in',
        headers: form,
        payload: `email=next%40example.org&password=${encodeURIComponent(PASSWORD)}&next=${encodeURIComponent(next)}`,
      });
    const cases: [string, string][] = [
      ['/cities?lang=de', '/cities?lang=de'],
      ['/a\r\nSet-Cookie: evil=1', '/'],
      ['/\t/evil.example/', '/'],
      ['//evil.example', '/'],
      ['/\\evil.example', '/'],
      ['/.//evil.example', '/'],
      ['https://evil.example', '/'],
      ['javascript:alert(1)', '/'],
      ['/practices?q=café', '/practices?q=caf%C3%A9'],
    ];
    for (const [next, location] of cases) {
      const before = await countSessions();
      const res = await signIn(next);
      expect(res.statusCode, JSON.stringify(next)).toBe(303);
      expect(res.headers.location, JSON.stringify(next)).toBe(location);
      expect(res.headers['set-cookie']).not.toContain('evil');
      expect(await countSessions()).toBe(before + 1);
    }
    // a NUL character is refused outright, and no session is made
    const before = await countSessions();
    const nul = await signIn('/cities\u0000');
    expect(nul.statusCode).toBe(400);
    expect(nul.headers['set-cookie']).toBeUndefined();
    expect(await countSessions()).toBe(before);
    const api = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: JSON.stringify({ email: 'next@example.org', password: `${PASSWORD}\u0000` }),
      headers: json,
    });
    expect400(api, 'password', /NUL/);
    expect(await countSessions()).toBe(before);
  });

  const countSessions = async () =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions')).rows[0].n;
});
