import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createUser } from '../src/accounts/service.ts';
import { loadConfig } from '../src/config.ts';
import { installContractCheck } from './contract.ts';
import { ENGINES, freshDatabase, startTestApp, type TestApp } from './harness.ts';

describe.each(ENGINES)('accounts and sessions on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { seed: false });
    await createUser(t.db, {
      email: 'editor@example.org',
      name: 'Eve Editor',
      role: 'reader',
      password: 'correct horse battery',
    });
  });
  afterAll(async () => t?.close());

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const row = (
      await t.db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE email = 'editor@example.org'")
    ).rows[0];
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
    expect(row.password_hash).not.toContain('correct horse');
  });

  it('signs in with a secure session cookie and a CSRF token, and signs out', async () => {
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'EDITOR@example.org', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'convivio_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const session = await t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: cookie.value } });
    expect(session.json().user.email).toBe('editor@example.org');
    expect(session.json().csrfToken).toBe(res.json().csrfToken);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out',
      cookies: { convivio_session: cookie.value },
      headers: { 'x-csrf-token': res.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: cookie.value } });
    expect(after.json().user).toBeNull();
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    const wrong = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'editor@example.org', password: 'nope nope nope' },
    });
    const unknown = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'ghost@example.org', password: 'nope nope nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('lets only administrators create and list accounts', async () => {
    const admin = await t.signIn('admin');
    const reader = await t.signIn('reader');
    const payload = { email: 'new@example.org', name: 'New Person', role: 'reader', password: 'another long password' };
    expect((await t.anonymous.request({ method: 'POST', url: '/api/v1/users', payload })).statusCode).toBe(401);
    expect((await reader.request({ method: 'POST', url: '/api/v1/users', payload })).statusCode).toBe(403);
    expect((await admin.request({ method: 'POST', url: '/api/v1/users', payload })).statusCode).toBe(201);
    const again = await admin.request({ method: 'POST', url: '/api/v1/users', payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.field).toBe('email');
    const noCity = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...payload, email: 'ed@example.org', role: 'editor' },
    });
    expect(noCity.statusCode).toBe(400);
    expect(noCity.json().error.field).toBe('cityId');
    expect((await admin.request({ url: '/api/v1/users' })).json().items.length).toBeGreaterThanOrEqual(3);
  });
});

describe('sign-in rate limit and error hygiene', () => {
  it('answers 429 after too many sign-in attempts from one client', async () => {
    const { db, drop } = await freshDatabase('pglite');
    const app = await buildApp({ db, config: { ...loadConfig({}), signInLimitPerMinute: 3 } });
    const contract = await installContractCheck(app);
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'x@example.org', password: 'whatever' },
      });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt()).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    expect((await attempt()).json().error.code).toBe('rate_limited');
    expect(contract.unreported()).toEqual([]);
    await app.close();
    await drop();
  });

  it('counts sign-in attempts through the form and the API together', async () => {
    const { db, drop } = await freshDatabase('pglite');
    const app = await buildApp({ db, config: { ...loadConfig({}), signInLimitPerMinute: 3 } });
    const api = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: 'x@example.org', password: 'whatever' },
      });
    const form = () =>
      app.inject({
        method: 'POST',
        url: '/sign-in',
        payload: 'email=x%40example.org&password=whatever',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await api()).statusCode).toBe(401);
    expect((await form()).statusCode).not.toBe(429);
    expect((await api()).statusCode).toBe(401);
    expect((await form()).statusCode).toBe(429);
    expect((await api()).statusCode).toBe(429);
    await app.close();
    await drop();
  });

  it('hides internal errors behind a generic 500 without a stack trace', async () => {
    const { db, drop } = await freshDatabase('pglite');
    const app = await buildApp({ db, config: loadConfig({}) });
    await db.exec('DROP TABLE revisions CASCADE; DROP TABLE practices CASCADE');
    const res = await app.inject({ url: '/api/v1/practices' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal', message: expect.any(String), field: null } });
    expect(res.body).not.toContain('practices');
    await app.close();
    await drop();
  });

  it('refuses a bad configuration listing every problem', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', COOKIE_SECURE: 'maybe' })).toThrow(
      /PORT[\s\S]*DATABASE_URL[\s\S]*COOKIE_SECURE/,
    );
  });
});
