import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/accounts/service.ts';
import { ENGINES, startTestApp, uniqueName, type Client, type TestApp } from './harness.ts';

const json = { 'content-type': 'application/json' };

describe.each(ENGINES)('passwords, links and API tokens, on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let editor: Client;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
    editor = await t.signIn('editor', 'city-vienna');
  });
  afterAll(async () => t?.close());

  describe('passwords', () => {
    const account = (email: string, password: string) => ({ email, name: 'Maria Example', role: 'reader', password });

    it('refuses common and guessable passwords, saying why and how to fix it', async () => {
      for (const [email, password] of [
        ['p1@example.org', 'password12'],
        ['p2@example.org', '1234567890'],
        ['maria.example@example.org', 'maria.example@example.org'],
        ['p4@example.org', 'mariaexample1'],
      ]) {
        const res = await admin.request({ method: 'POST', url: '/api/v1/users', payload: account(email, password) });
        expect(res.statusCode, password).toBe(400);
        expect(res.json().error).toMatchObject({
          code: 'validation_failed',
          field: 'password',
          message: expect.stringMatching(/too easy to guess[\s\S]*passphrase/),
        });
      }
      expect(
        (await t.db.query("SELECT 1 FROM users WHERE email LIKE 'p_@example.org' OR email LIKE 'maria.example%'")).rows,
      ).toHaveLength(0);
    });

    it('accepts a strong passphrase, also through the account service the command line uses', async () => {
      expect(
        (
          await admin.request({
            method: 'POST',
            url: '/api/v1/users',
            payload: account('strong@example.org', 'violet kettle marches sideways'),
          })
        ).statusCode,
      ).toBe(201);
      await expect(createUser(t.db, account('cli-weak@example.org', 'qwertyuiop') as never)).rejects.toMatchObject({
        code: 'validation_failed',
        field: 'password',
      });
      await expect(
        createUser(t.db, account('cli@example.org', 'copper lantern drifts north') as never),
      ).resolves.toMatchObject({ email: 'cli@example.org' });
    });
  });

  describe('links in records', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'ftp://example.org/file',
      '/relative/path',
      'https:/missing-slash',
    ];

    it('refuses every scheme but http(s) in practice links, naming the field', async () => {
      for (const link of hostile) {
        const res = await editor.request({
          method: 'POST',
          url: '/api/v1/practices',
          payload: {
            kind: 'practice',
            name: uniqueName('Linked practice'),
            cityId: 'city-vienna',
            language: 'en',
            links: ['https://example.org/ok', link],
          },
        });
        expect(res.statusCode, link).toBe(400);
        expect(res.json().error).toMatchObject({
          field: 'links.1',
          message: expect.stringContaining('http:// or https://'),
        });
      }
    });

    it('refuses every scheme but http(s) in event links, naming the field', async () => {
      for (const link of hostile) {
        const res = await admin.request({
          method: 'POST',
          url: '/api/v1/events',
          payload: {
            id: 'event-linked',
            name: 'Linked event',
            cityId: 'city-vienna',
            timezone: 'Europe/Vienna',
            startDate: '2026-05-04',
            endDate: '2026-05-05',
            language: 'en',
            links: [link],
          },
        });
        expect(res.statusCode, link).toBe(400);
        expect(res.json().error).toMatchObject({
          field: 'links.0',
          message: expect.stringContaining('http:// or https://'),
        });
      }
    });

    it('keeps http(s) links, and the bundled data set (loaded here) has its links; pages render only http(s) or local hrefs', async () => {
      const res = await editor.request({
        method: 'POST',
        url: '/api/v1/practices?status=published',
        payload: {
          kind: 'practice',
          name: uniqueName('Well linked practice'),
          cityId: 'city-vienna',
          language: 'en',
          links: ['https://example.org/a', 'http://example.org/b'],
        },
      });
      expect(res.statusCode).toBe(201);
      const seeded = await t.db.query<{ id: string }>(
        "SELECT id FROM practices WHERE jsonb_array_length(record->'links') > 0 ORDER BY id",
      );
      expect(seeded.rows.length).toBeGreaterThan(1);
      for (const id of [res.json().id, seeded.rows[0].id]) {
        const page = await t.anonymous.request({ url: `/practices/${id}` });
        expect(page.statusCode).toBe(200);
        const hrefs = [...page.body.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
        expect(hrefs.filter((h) => /^https?:\/\//.test(h)).length).toBeGreaterThan(0);
        expect(hrefs.filter((h) => !/^(https?:\/\/|\/|#)/.test(h))).toEqual([]);
      }
    });
  });

  describe('personal API tokens', () => {
    const createToken = (client: Client, payload: Record<string, unknown>) =>
      client.request({ method: 'POST', url: '/api/v1/account/tokens', payload });
    const withToken = (
      token: string,
      opts: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; payload?: unknown },
    ) => t.app.inject({ ...opts, headers: { authorization: `Bearer ${token}` } } as never);
    const practice = () => ({
      kind: 'practice',
      name: uniqueName('Token practice'),
      cityId: 'city-vienna',
      language: 'en',
    });

    it('creates a token whose secret is shown once and stored only as a SHA-256 hash', async () => {
      const res = await createToken(editor, { name: 'CI export', scope: 'write', expiresAt: '2099-01-01T00:00:00Z' });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created.token).toMatch(/^cvv_[A-Za-z0-9_-]{43}$/);
      expect(created).toMatchObject({
        name: 'CI export',
        scope: 'write',
        lastUsedAt: null,
        expiresAt: '2099-01-01T00:00:00.000Z',
      });
      const listed = (await editor.request({ url: '/api/v1/account/tokens' })).json().items;
      expect(listed.map((i: { id: string }) => i.id)).toContain(created.id);
      expect(JSON.stringify(listed)).not.toContain(created.token);
      expect(JSON.stringify(listed)).not.toContain(created.token.slice(8));
      const row = (await t.db.query<Record<string, unknown>>('SELECT * FROM api_tokens WHERE id = $1', [created.id]))
        .rows[0];
      expect(row.token_hash).toBe(crypto.createHash('sha256').update(created.token).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(created.token.slice(8));
    });

    it("writes with a write token and no cookie or CSRF token, as its owner with the owner's role", async () => {
      const { token, id } = (await createToken(editor, { name: 'writer', scope: 'write' })).json();
      const made = await withToken(token, { method: 'POST', url: '/api/v1/practices', payload: practice() });
      expect(made.statusCode).toBe(201);
      const other = await withToken(token, {
        method: 'POST',
        url: '/api/v1/practices',
        payload: { ...practice(), cityId: 'city-modena' },
      });
      expect(other.statusCode).toBe(403); // an editor of Vienna, through the token too
      const session = await withToken(token, { url: '/api/v1/auth/session' });
      expect(session.json().user.id).toBe(editor.user!.id);
      const listed = (await editor.request({ url: '/api/v1/account/tokens' }))
        .json()
        .items.find((i: { id: string }) => i.id === id);
      expect(listed.lastUsedAt).not.toBeNull();
      // a token cannot mint more tokens
      expect(
        (
          await withToken(token, {
            method: 'POST',
            url: '/api/v1/account/tokens',
            payload: { name: 'again', scope: 'write' },
          })
        ).statusCode,
      ).toBe(403);
    });

    it('refuses writes with a read token (403 naming the scope) and allows reads', async () => {
      const { token } = (await createToken(editor, { name: 'reader', scope: 'read' })).json();
      const write = await withToken(token, { method: 'POST', url: '/api/v1/practices', payload: practice() });
      expect(write.statusCode).toBe(403);
      expect(write.json().error.message).toContain('"read" scope');
      expect((await withToken(token, { url: '/api/v1/practices?status=draft' })).statusCode).toBe(200);
    });

    it('answers 401 for revoked, expired and unknown tokens', async () => {
      const { token, id } = (await createToken(editor, { name: 'short-lived', scope: 'write' })).json();
      expect((await withToken(token, { url: '/api/v1/auth/session' })).statusCode).toBe(200);
      expect((await editor.request({ method: 'DELETE', url: `/api/v1/account/tokens/${id}` })).statusCode).toBe(204);
      expect((await withToken(token, { url: '/api/v1/auth/session' })).statusCode).toBe(401);
      expect(
        (await withToken(token, { method: 'POST', url: '/api/v1/practices', payload: practice() })).statusCode,
      ).toBe(401);
      const expiring = (await createToken(editor, { name: 'expiring', scope: 'read' })).json();
      await t.db.query("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1", [expiring.id]);
      expect((await withToken(expiring.token, { url: '/api/v1/practices' })).statusCode).toBe(401);
      expect((await withToken(`cvv_${'x'.repeat(43)}`, { url: '/api/v1/practices' })).statusCode).toBe(401);
      expect((await t.app.inject({ url: '/api/v1/practices', headers: { authorization: 'Bearer ' } })).statusCode).toBe(
        401,
      );
      // another scheme (a proxy's Basic authentication) is not a token: the request is anonymous
      expect(
        (await t.app.inject({ url: '/api/v1/practices', headers: { authorization: 'Basic dXNlcjpwYXNz' } })).statusCode,
      ).toBe(200);
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/v1/practices',
            payload: practice(),
            headers: { authorization: 'Basic dXNlcjpwYXNz' },
          })
        ).statusCode,
      ).toBe(401);
      expect(
        (await createToken(editor, { name: 'past', scope: 'read', expiresAt: '2000-01-01T00:00:00Z' })).json().error
          .field,
      ).toBe('expiresAt');
    });

    it('lets only the owner or an administrator list and revoke a token', async () => {
      const { id, token } = (await createToken(editor, { name: 'mine', scope: 'read' })).json();
      const stranger = await t.signIn('editor', 'city-modena');
      expect((await stranger.request({ method: 'DELETE', url: `/api/v1/account/tokens/${id}` })).statusCode).toBe(403);
      expect((await stranger.request({ url: `/api/v1/account/tokens?userId=${editor.user!.id}` })).statusCode).toBe(
        403,
      );
      expect((await stranger.request({ url: '/api/v1/account/tokens' })).json().items).toEqual([]);
      expect((await withToken(token, { url: '/api/v1/auth/session' })).statusCode).toBe(200);
      const byAdmin = (await admin.request({ url: `/api/v1/account/tokens?userId=${editor.user!.id}` })).json().items;
      expect(byAdmin.map((i: { id: string }) => i.id)).toContain(id);
      expect((await admin.request({ method: 'DELETE', url: `/api/v1/account/tokens/${id}` })).statusCode).toBe(204);
      expect((await withToken(token, { url: '/api/v1/auth/session' })).statusCode).toBe(401);
      expect((await admin.request({ method: 'DELETE', url: `/api/v1/account/tokens/${id}` })).statusCode).toBe(404);
      expect(
        (
          await t.anonymous.request({
            method: 'POST',
            url: '/api/v1/account/tokens',
            payload: { name: 'x', scope: 'read' },
          })
        ).statusCode,
      ).toBe(401);
    });

    it('validates the token request, naming the field', async () => {
      const res = await editor.request({
        method: 'POST',
        url: '/api/v1/account/tokens',
        payload: JSON.stringify({ name: 'x', scope: 'admin' }),
        headers: json,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe('scope');
    });
  });
});
