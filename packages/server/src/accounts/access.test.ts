import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ENGINES, freshDatabase, startTestApp, type TestApp } from '../../test/harness.ts';
import { linkIn, startInbox, tokenOf, type Inbox } from '../../test/smtp-inbox.ts';

const BASE = 'http://convivio.test';
const PASSWORD = 'lantern orchard tidal quartz';
const NEW_PASSWORD = 'velvet compass harbour sprout';

describe.each(ENGINES)('sign-up, passwords and addresses by e-mail on %s', (engine) => {
  let t: TestApp;
  let inbox: Inbox;
  const unique = () => `p-${crypto.randomBytes(4).toString('hex')}@example.org`;
  const post = (url: string, payload: object) => t.anonymous.request({ method: 'POST', url, payload });
  const signIn = (email: string, password: string) => post('/api/v1/auth/sign-in', { email, password });
  const signUp = async (email: string) => {
    const res = await post('/api/v1/auth/sign-up', { email, name: 'Ada Person', password: PASSWORD });
    expect(res.statusCode).toBe(202);
    return linkIn(await inbox.next(email, /Confirm your e-mail/), '/verify-email/');
  };

  beforeAll(async () => {
    inbox = await startInbox();
    t = await startTestApp(engine, { seed: false, env: { SMTP_URL: inbox.url, PUBLIC_BASE_URL: BASE } });
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('signs up, refuses sign-in until the address is confirmed by the received link, then signs in', async () => {
    const email = unique();
    const res = await post('/api/v1/auth/sign-up', { email, name: 'Ada Person', password: PASSWORD });
    expect(res.statusCode).toBe(202);
    const mail = await inbox.next(email, /Confirm your e-mail/);
    expect(mail.text).toContain('Hello Ada Person');
    expect(mail.html).toContain('<a href="http://convivio.test/verify-email/');
    const link = linkIn(mail, '/verify-email/');
    expect(link.startsWith(`${BASE}/verify-email/`)).toBe(true);

    const early = await signIn(email, PASSWORD);
    expect(early.statusCode).toBe(403);
    expect(early.json().error.code).toBe('email_unverified');

    const verified = await post('/api/v1/auth/verify-email', { token: tokenOf(link) });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toEqual({ email });
    const ok = await signIn(email, PASSWORD);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ email, role: 'reader', cityId: null });

    const again = await post('/api/v1/auth/verify-email', { token: tokenOf(link) });
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ code: 'link_used', field: 'token' });
  });

  it('stores only a hash of the link secret', async () => {
    const link = await signUp(unique());
    const token = tokenOf(link);
    const r = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM account_links');
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rows.some((row) => row.token_hash === token)).toBe(false);
    expect(r.rows.some((row) => row.token_hash === crypto.createHash('sha256').update(token).digest('hex'))).toBe(true);
  });

  it('refuses an expired confirmation link with a clear error', async () => {
    const link = await signUp(unique());
    const hash = crypto.createHash('sha256').update(tokenOf(link)).digest('hex');
    await t.db.query(`UPDATE account_links SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [hash]);
    const res = await post('/api/v1/auth/verify-email', { token: tokenOf(link) });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.code).toBe('link_expired');
    expect(res.json().error.message).toMatch(/expired/);
    const unknown = await post('/api/v1/auth/verify-email', { token: 'x'.repeat(43) });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('token');
  });

  it('answers sign-up the same for a taken address, and tells its owner instead', async () => {
    const email = unique();
    await post('/api/v1/auth/verify-email', { token: tokenOf(await signUp(email)) });
    const fresh = await post('/api/v1/auth/sign-up', { email: unique(), name: 'Bo', password: PASSWORD });
    const taken = await post('/api/v1/auth/sign-up', { email, name: 'Mallory', password: NEW_PASSWORD });
    expect(taken.statusCode).toBe(202);
    expect(taken.json()).toEqual(fresh.json());
    const told = await inbox.next(email, /tried to sign up/);
    expect(told.text).not.toMatch(/verify-email/);
    expect((await signIn(email, NEW_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(email, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a guessable password and names the field', async () => {
    const res = await post('/api/v1/auth/sign-up', { email: unique(), name: 'Cy', password: 'password123' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('password');
  });

  it('resets a forgotten password by the received link: the old one fails, other sessions end', async () => {
    const email = unique();
    await post('/api/v1/auth/verify-email', { token: tokenOf(await signUp(email)) });
    const session = (await signIn(email, PASSWORD)).cookies.find((c) => c.name === 'convivio_session')!.value;

    const forgot = await post('/api/v1/auth/password/forgot', { email });
    const ghost = await post('/api/v1/auth/password/forgot', { email: unique() });
    expect(forgot.statusCode).toBe(202);
    expect(ghost.json()).toEqual(forgot.json());
    const link = linkIn(await inbox.next(email, /Reset your/), '/password/reset/');

    const weak = await post('/api/v1/auth/password/reset', { token: tokenOf(link), password: 'password123' });
    expect(weak.statusCode).toBe(400);
    const reset = await post('/api/v1/auth/password/reset', { token: tokenOf(link), password: NEW_PASSWORD });
    expect(reset.statusCode).toBe(204);
    await inbox.next(email, /password was changed/);
    expect((await signIn(email, PASSWORD)).statusCode).toBe(401);
    expect((await signIn(email, NEW_PASSWORD)).statusCode).toBe(200);
    const old = await t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: session } });
    expect(old.json().user).toBeNull();
    const twice = await post('/api/v1/auth/password/reset', { token: tokenOf(link), password: PASSWORD });
    expect(twice.statusCode).toBe(410);
    expect(inbox.received.filter((r) => r.mail.subject?.includes('Reset'))).toEqual([]);
  });

  it('changes the password only with the current one, keeping this session and ending the others', async () => {
    const email = unique();
    await post('/api/v1/auth/verify-email', { token: tokenOf(await signUp(email)) });
    const first = await signIn(email, PASSWORD);
    const other = (await signIn(email, PASSWORD)).cookies.find((c) => c.name === 'convivio_session')!.value;
    const cookie = first.cookies.find((c) => c.name === 'convivio_session')!.value;
    const change = (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/account/password',
        cookies: { convivio_session: cookie },
        headers: { 'x-csrf-token': first.json().csrfToken },
        payload,
      });
    const wrong = await change({ currentPassword: 'not my password', password: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.field).toBe('currentPassword');
    expect((await change({ currentPassword: PASSWORD, password: NEW_PASSWORD })).statusCode).toBe(204);
    const session = (c: string) => t.app.inject({ url: '/api/v1/auth/session', cookies: { convivio_session: c } });
    expect((await session(cookie)).json().user.email).toBe(email);
    expect((await session(other)).json().user).toBeNull();
    expect((await signIn(email, NEW_PASSWORD)).statusCode).toBe(200);
    const anonymous = await post('/api/v1/account/password', { currentPassword: PASSWORD, password: NEW_PASSWORD });
    expect(anonymous.statusCode).toBe(401);
  });

  it('moves an account to a new address once it is confirmed there, and tells the old address', async () => {
    const email = unique();
    const next = unique();
    await post('/api/v1/auth/verify-email', { token: tokenOf(await signUp(email)) });
    const signedIn = await signIn(email, PASSWORD);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/email',
      cookies: { convivio_session: signedIn.cookies.find((c) => c.name === 'convivio_session')!.value },
      headers: { 'x-csrf-token': signedIn.json().csrfToken },
      payload: { email: next, currentPassword: PASSWORD },
    });
    expect(res.statusCode).toBe(202);
    const link = linkIn(await inbox.next(next, /new e-mail address/), '/account/email/confirm/');
    expect((await signIn(next, PASSWORD)).statusCode).toBe(401);
    const confirmed = await post('/api/v1/account/email/confirm', { token: tokenOf(link) });
    expect(confirmed.statusCode).toBe(200);
    const told = await inbox.next(email, /has a new e-mail address/);
    expect(told.text).toContain(next);
    expect((await signIn(next, PASSWORD)).statusCode).toBe(200);
    expect((await signIn(email, PASSWORD)).statusCode).toBe(401);
    expect((await post('/api/v1/account/email/confirm', { token: tokenOf(link) })).statusCode).toBe(410);
  });

  it('keeps the command line and administrators able to make accounts that sign in at once', async () => {
    const admin = await t.signIn('admin');
    const email = unique();
    const made = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: { email, name: 'Made Here', role: 'reader', password: PASSWORD },
    });
    expect(made.statusCode).toBe(201);
    expect((await signIn(email, PASSWORD)).statusCode).toBe(200);
  });
});

describe('sign-up and forgotten-password limits', () => {
  it('answers 429 after too many sign-ups or reset requests from one client', async () => {
    const { db, drop } = await freshDatabase('pglite');
    const app = await buildApp({ db, config: { ...loadConfig({}), signInLimitPerMinute: 2 } });
    const send = (url: string, n: number) =>
      app.inject({
        method: 'POST',
        url,
        payload: { email: `x${n}@example.org`, name: 'X', password: PASSWORD },
      });
    const signUps = [];
    for (let i = 0; i < 3; i++) signUps.push((await send('/api/v1/auth/sign-up', i)).statusCode);
    expect(signUps).toEqual([202, 202, 429]);
    const resets = [];
    for (let i = 0; i < 3; i++) resets.push((await send('/api/v1/auth/password/forgot', i)).statusCode);
    expect(resets).toEqual([202, 202, 429]);
    const limited = await send('/api/v1/auth/password/forgot', 9);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited' });
    expect(limited.json().error.message).toMatch(/password reset/);
    await app.close();
    await drop();
  });
});
