import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/accounts/schema.ts';
import { ENGINES, insertTestAccount, signInThroughApi, startTestApp, TEST_PASSWORD, type TestApp } from './harness.ts';

interface Browser {
  cookie: string;
  csrf: string;
  user: User;
}

/** A browser without JavaScript signed in with a new account (stored as the harness stores test accounts). */
async function browserOf(t: TestApp, role: User['role'], cityId: string | null = null, name = `Test ${role}`) {
  const user = await insertTestAccount(t.db, role, cityId, { name });
  const { session, csrf } = await signInThroughApi(t.app, user.email);
  return { cookie: session, csrf, user } satisfies Browser;
}

const get = (t: TestApp, b: Browser | null, url: string) =>
  t.app.inject({ url, cookies: b ? { convivio_session: b.cookie } : {} });

/** A form post as a browser sends it: urlencoded, with the CSRF token in `_csrf`. */
const post = (t: TestApp, b: Browser, url: string, fields: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url,
    cookies: { convivio_session: b.cookie },
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: b.csrf, ...fields }).toString(),
  });

describe.each(ENGINES)('member pages without JavaScript on %s', (engine) => {
  let t: TestApp;
  let admin: Browser;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await browserOf(t, 'admin');
  });
  afterAll(async () => t?.close());

  it('sends anonymous visitors to sign in and refuses the administration pages to others', async () => {
    for (const url of ['/account', '/admin/users', '/admin/editor-requests']) {
      const res = await get(t, null, url);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toContain('/sign-in');
    }
    const editor = await browserOf(t, 'editor', 'city-turin');
    for (const url of ['/admin/users', '/admin/editor-requests', `/admin/users/${admin.user.id}`])
      expect((await get(t, editor, url)).statusCode).toBe(403);
    expect((await post(t, editor, `/admin/users/${admin.user.id}/disable`)).statusCode).toBe(403);
  });

  it('shows My account with the details, sessions, the download and links to change e-mail and password', async () => {
    const me = await browserOf(t, 'editor', 'city-turin', 'Paola Rinaldi');
    const res = await get(t, me, '/account');
    expect(res.statusCode).toBe(200);
    for (const part of [
      me.user.email,
      'Paola Rinaldi',
      'city editor',
      'Turin',
      'This device',
      'href="/account/email"',
      'href="/account/password"',
      'href="/api/v1/account/export"',
    ])
      expect(res.body).toContain(part);
    // Editors do not ask to become editors.
    expect(res.body).not.toContain('action="/account/editor-request"');
  });

  it('lets a reader ask to edit a city through the form, and an administrator approve it', async () => {
    const reader = await browserOf(t, 'reader', null, 'Jonas Peeters');
    const page = await get(t, reader, '/account');
    expect(page.body).toContain('action="/account/editor-request"');
    const missing = await post(t, reader, '/account/editor-request', { cityId: '', reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('error-summary');
    expect(missing.body).toMatch(/id="f-reason-error">[^<]+</);
    const sent = await post(t, reader, '/account/editor-request', {
      cityId: 'city-ghent',
      reason: 'Integration officer',
    });
    expect(sent.statusCode).toBe(303);
    expect((await get(t, reader, '/account?notice=asked')).body).toContain('waiting for an answer');
    const list = await get(t, admin, '/admin/editor-requests');
    expect(list.body).toContain('Jonas Peeters');
    expect(list.body).toContain('Integration officer');
    const id = /action="\/admin\/editor-requests\/([^/]+)\/approve"/.exec(list.body)?.[1];
    expect(id).toBeTruthy();
    const approved = await post(t, admin, `/admin/editor-requests/${id}/approve`);
    expect(approved.statusCode).toBe(303);
    const user = await t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: reader.cookie } });
    expect([user.json().user.role, user.json().user.cityId]).toEqual(['editor', 'city-ghent']);
  });

  it('lets an administrator change a role and city through the form, naming a missing city', async () => {
    const someone = await browserOf(t, 'reader', null, 'Mira Novak');
    const noCity = await post(t, admin, `/admin/users/${someone.user.id}`, { role: 'editor', cityId: '' });
    expect(noCity.statusCode).toBe(400);
    expect(noCity.body).toMatch(/id="f-cityId-error">A city editor needs a city</);
    const ok = await post(t, admin, `/admin/users/${someone.user.id}`, { role: 'editor', cityId: 'city-turin' });
    expect(ok.statusCode).toBe(303);
    const list = await get(t, admin, ok.headers.location as string);
    expect(list.body).toContain('The account of Mira Novak has been changed.');
    const found = await get(t, admin, '/admin/users?q=novak&role=editor&cityId=city-turin');
    expect(found.body).toContain(someone.user.email);
    expect(found.body).toContain('1 users found');
  });

  it('deletes an account with its password; its practice history then reads "a former member"', async () => {
    const me = await browserOf(t, 'editor', 'city-turin', 'Karel Deleted');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/practices',
      cookies: { convivio_session: me.cookie },
      headers: { 'x-csrf-token': me.csrf },
      payload: {
        kind: 'practice',
        name: `Welcome desk ${Date.now()}`,
        cityId: 'city-turin',
        language: 'en',
        description: 'A desk where newcomers find their way to the city’s services.',
        themes: ['language'],
        targetGroups: ['migrants'],
        typology: 'awareness-coexistence',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const colleague = await browserOf(t, 'editor', 'city-turin');
    const before = await get(t, colleague, `/practices/${id}/history`);
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Karel Deleted');
    expect(before.body).not.toContain(me.user.email);

    const wrong = await post(t, me, '/account/delete', { password: 'not the password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('The password is not correct');
    const done = await post(t, me, '/account/delete', { password: TEST_PASSWORD });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Your account has been deleted.');
    expect((await get(t, me, '/account')).statusCode).toBe(303);
    const after = await get(t, colleague, `/practices/${id}/history`);
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('a former member');
    expect(after.body).not.toContain('Karel Deleted');
  });
});
