import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { ENGINES, insertTestAccount, startTestApp, TEST_PASSWORD, type TestApp } from './harness.ts';

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe.each(ENGINES)('limits that cannot be walked around, on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine, { seed: false });
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    await t.db.query('DELETE FROM sign_in_attempts');
  });

  /** The real app on the test database with other settings (the environment as a deployment would set it). */
  const appWith = (env: Record<string, string>) =>
    buildApp({ db: t.db, config: loadConfig({ SIGNIN_LIMIT_PER_MINUTE: '10', ...env }) });
  const signInAttempt = (
    app: Awaited<ReturnType<typeof appWith>>,
    email: string,
    headers: Record<string, string> = {},
    remoteAddress?: string,
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: 'not the password' },
      headers,
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  it('ignores forged X-Forwarded-For by default: 50 attempts from "50 addresses" are limited after 10', async () => {
    const app = await appWith({});
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) {
      // a different forged address and a different account each time, so only the real client address can stop it
      const res = await signInAttempt(app, `walker-${i}@example.org`, { 'x-forwarded-for': `198.51.100.${i + 1}` });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(40).fill(429));
    const clients = (
      await t.db.query<{ key: string }>("SELECT key FROM sign_in_attempts WHERE scope = 'client'")
    ).rows.map((r) => r.key);
    expect(clients).toEqual(['127.0.0.1']);
    await app.close();
  });

  it('uses the forwarded address when TRUST_PROXY names the proxy', async () => {
    const app = await appWith({ TRUST_PROXY: '127.0.0.1' });
    const first: number[] = [];
    for (let i = 0; i < 11; i++)
      first.push(
        (await signInAttempt(app, `proxied-${i}@example.org`, { 'x-forwarded-for': '203.0.113.7' })).statusCode,
      );
    expect(first).toEqual([...Array(10).fill(401), 429]);
    // another client behind the same proxy has its own count
    expect(
      (await signInAttempt(app, 'proxied-other@example.org', { 'x-forwarded-for': '203.0.113.8' })).statusCode,
    ).toBe(401);
    const clients = (
      await t.db.query<{ key: string; attempts: number }>(
        "SELECT key, attempts FROM sign_in_attempts WHERE scope = 'client' ORDER BY key",
      )
    ).rows;
    expect(clients).toEqual([
      { key: '203.0.113.7', attempts: 11 },
      { key: '203.0.113.8', attempts: 1 },
    ]);
    // a request from an address that is not the proxy cannot choose its address
    expect(
      (await signInAttempt(app, 'direct@example.org', { 'x-forwarded-for': '203.0.113.9' }, '192.0.2.50')).statusCode,
    ).toBe(401);
    expect((await t.db.query("SELECT 1 FROM sign_in_attempts WHERE key = '192.0.2.50'")).rows).toHaveLength(1);
    expect((await t.db.query("SELECT 1 FROM sign_in_attempts WHERE key = '203.0.113.9'")).rows).toHaveLength(0);
    await app.close();
  });

  it('limits attempts against one account spread over many addresses, through the API and the form together', async () => {
    const app = await appWith({});
    await insertTestAccount(t.db, 'reader', null, { email: 'target@example.org', name: 'Target Person' });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const remoteAddress = `192.0.2.${i + 1}`;
      const res =
        i % 2
          ? await app.inject({
              method: 'POST',
              url: '/sign-in',
              payload: 'email=TARGET%40example.org&password=guess',
              headers: form,
              remoteAddress,
            })
          : await signInAttempt(app, 'target@example.org', {}, remoteAddress);
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(5).fill(429));
    const limited = await signInAttempt(app, 'target@example.org', {}, '192.0.2.200');
    expect(limited.json().error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringContaining('for this account'),
    });
    // the right password does not get through while the account is limited, and other accounts are not affected
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          payload: { email: 'target@example.org', password: TEST_PASSWORD },
          remoteAddress: '192.0.2.201',
        })
      ).statusCode,
    ).toBe(429);
    expect((await signInAttempt(app, 'someone-else@example.org', {}, '192.0.2.202')).statusCode).toBe(401);
    await app.close();
  });

  it('counts concurrent attempts exactly (no read-then-write race)', async () => {
    const app = await appWith({});
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInAttempt(app, `race-${i}@example.org`)),
    );
    expect(results.filter((r) => r.statusCode === 401)).toHaveLength(10);
    expect(results.filter((r) => r.statusCode === 429)).toHaveLength(20);
    await app.close();
  });

  it('starts a new window after a minute', async () => {
    const app = await appWith({ SIGNIN_LIMIT_PER_MINUTE: '2' });
    for (let i = 0; i < 3; i++) await signInAttempt(app, 'window@example.org', {}, '192.0.2.99');
    expect((await signInAttempt(app, 'window@example.org', {}, '192.0.2.99')).statusCode).toBe(429);
    await t.db.query("UPDATE sign_in_attempts SET window_start = now() - interval '61 seconds'");
    expect((await signInAttempt(app, 'window@example.org', {}, '192.0.2.99')).statusCode).toBe(401);
    await app.close();
  });

  it('answers an anonymous API write 401 before reading or validating its body', async () => {
    expect((await t.anonymous.request({ method: 'POST', url: '/api/v1/practices', payload: {} })).statusCode).toBe(401);
    const notJson = await t.anonymous.request({
      method: 'PUT',
      url: '/api/v1/practices/practice-x',
      payload: '{"name": [1, 2,',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.statusCode).toBe(401);
    expect(notJson.json().error.code).toBe('unauthenticated');
    const huge = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: 'x'.repeat(3 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.statusCode).toBe(401);
    // the routes anonymous clients legitimately call still answer
    expect((await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/sign-in', payload: {} })).statusCode).toBe(
      400,
    );
    expect((await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/sign-out' })).statusCode).toBe(204);
    expect((await t.anonymous.request({ url: '/api/v1/practices' })).statusCode).toBe(200);
  });

  it('keeps JSON bodies small by default (413), while a route can raise its own limit', async () => {
    const app = await appWith({});
    app.post('/test/large-body', { bodyLimit: 4 * 1024 * 1024 }, async (request) => ({
      received: JSON.stringify(request.body).length,
    }));
    app.post('/test/default-body', async (request) => ({ received: JSON.stringify(request.body).length }));
    const large = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) });
    const refused = await app.inject({
      method: 'POST',
      url: '/test/default-body',
      payload: large,
      headers: { 'content-type': 'application/json' },
    });
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error.code).toBe('payload_too_large');
    const raised = await app.inject({
      method: 'POST',
      url: '/test/large-body',
      payload: large,
      headers: { 'content-type': 'application/json' },
    });
    expect(raised.statusCode).toBe(200);
    expect(raised.json().received).toBe(large.length);
    await app.close();
    const admin = await t.signIn('admin');
    const tooBig = await admin.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: large,
      headers: { 'content-type': 'application/json' },
    });
    expect(tooBig.statusCode).toBe(413);
  });

  it('purges expired sessions when someone signs in, and never honours them', async () => {
    const user = await insertTestAccount(t.db, 'reader', null, {
      email: `stale-${crypto.randomBytes(3).toString('hex')}@example.org`,
      name: 'Stale Session',
    });
    const oldToken = 'an-old-session-token';
    await t.db.query(
      `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, 'csrf', now() - interval '1 day')`,
      [crypto.createHash('sha256').update(oldToken).digest('hex'), user.id],
    );
    const stale = await t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: oldToken } });
    expect(stale.json().user).toBeNull();
    expect((await t.db.query('SELECT 1 FROM sessions WHERE expires_at <= now()')).rows).toHaveLength(1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect((await t.db.query('SELECT 1 FROM sessions WHERE expires_at <= now()')).rows).toHaveLength(0);
    expect((await t.db.query('SELECT 1 FROM sessions WHERE user_id = $1', [user.id])).rows).toHaveLength(1);
  });

  it('refuses a wrong CSRF token of the right length, and takes the right one', async () => {
    const email = `csrf-${crypto.randomBytes(3).toString('hex')}@example.org`;
    await insertTestAccount(t.db, 'reader', null, { email, name: 'Csrf Person' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email, password: TEST_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === 'convivio_session')!.value;
    const csrf: string = res.json().csrfToken;
    const forged = (csrf[0] === 'A' ? 'B' : 'A') + csrf.slice(1);
    const signOut = (token?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-out',
        cookies: { convivio_session: cookie },
        headers: token ? { 'x-csrf-token': token } : {},
      });
    expect((await signOut(forged)).statusCode).toBe(403);
    expect((await signOut()).json().error.code).toBe('csrf_failed');
    expect((await signOut(csrf)).statusCode).toBe(204);
  });
});

describe('configuration of proxies and body size', () => {
  it('trusts no proxy by default, and reads addresses, CIDRs or a hop count', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1,loopback' }).trustProxy).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
      'loopback',
    ]);
    expect(loadConfig({}).bodyLimit).toBe(1024 * 1024);
  });

  it('refuses a proxy setting it cannot understand, naming the bad entries', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY[\s\S]*not valid: true/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.1,10.0.0.0/33,proxy.example' })).toThrow(
      /not valid: 10\.0\.0\.0\/33, proxy\.example/,
    );
    expect(() => loadConfig({ BODY_LIMIT_BYTES: '12' })).toThrow(/BODY_LIMIT_BYTES/);
  });
});
