import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { ENGINES, roleMatrix, startTestApp, EVERYONE, type Client, type TestApp, type Who } from './harness.ts';

const PASSWORD = 'correct horse battery';

/** Another session of the same account (a second device), signed in through the API. */
async function secondDevice(t: TestApp, email: string, userAgent: string): Promise<Client & { cookie: string }> {
  const res = await t.anonymous.request({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password: PASSWORD },
    headers: { 'user-agent': userAgent },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'convivio_session')!.value;
  const csrf = res.json().csrfToken as string;
  return {
    user: res.json().user,
    cookie,
    request: (o: InjectOptions) =>
      t.anonymous.request({
        ...o,
        cookies: { convivio_session: cookie },
        headers: { 'x-csrf-token': csrf, 'user-agent': userAgent, ...(o.headers ?? {}) },
      }),
  };
}

const minimalPractice = (cityId: string, name: string) => ({
  kind: 'practice',
  name,
  cityId,
  language: 'en',
  description: 'Weekly conversation tables where newcomers and residents practise the language together.',
  themes: ['language'],
  targetGroups: ['migrants'],
  typology: 'awareness-coexistence',
});

describe.each(ENGINES)('members: own account, users, editor requests on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-turin');
  });
  afterAll(async () => t?.close());

  const call = (who: Who, o: InjectOptions) => as[who].request(o);

  it('enforces the role matrix on every new route', async () => {
    const signedIn = { anonymous: 401, reader: 200, otherEditor: 200, editor: 200, admin: 200 };
    const adminsOnly = { anonymous: 401, reader: 403, otherEditor: 403, editor: 403, admin: 200 };
    const cases: { o: InjectOptions & { url: string }; expect: Record<Who, number> }[] = [
      { o: { url: '/api/v1/account/sessions' }, expect: signedIn },
      { o: { url: '/api/v1/account/export' }, expect: signedIn },
      { o: { url: '/api/v1/editor-requests' }, expect: signedIn },
      { o: { url: '/api/v1/admin/users' }, expect: adminsOnly },
      {
        o: { method: 'PATCH', url: `/api/v1/admin/users/${as.reader.user!.id}`, payload: { cityId: null } },
        expect: adminsOnly,
      },
      {
        o: { method: 'DELETE', url: '/api/v1/account/sessions/session-unknown' },
        expect: { anonymous: 401, reader: 404, otherEditor: 404, editor: 404, admin: 404 },
      },
      {
        o: {
          method: 'POST',
          url: '/api/v1/editor-requests/editor-request-unknown/decision',
          payload: { decision: 'refuse' },
        },
        expect: { anonymous: 401, reader: 403, otherEditor: 403, editor: 403, admin: 404 },
      },
      {
        o: { method: 'DELETE', url: '/api/v1/account', payload: { password: 'not my password' } },
        expect: { anonymous: 401, reader: 400, otherEditor: 400, editor: 400, admin: 400 },
      },
    ];
    for (const c of cases)
      for (const who of EVERYONE) {
        const res = await call(who, c.o);
        expect(`${c.o.method ?? 'GET'} ${c.o.url} as ${who}: ${res.statusCode}`).toBe(
          `${c.o.method ?? 'GET'} ${c.o.url} as ${who}: ${c.expect[who]}`,
        );
      }
    // Only readers ask to become editors.
    const ask = {
      method: 'POST' as const,
      url: '/api/v1/editor-requests',
      payload: { cityId: 'city-ghent', reason: 'x' },
    };
    expect((await call('anonymous', ask)).statusCode).toBe(401);
    for (const who of ['otherEditor', 'editor', 'admin'] as const) expect((await call(who, ask)).statusCode).toBe(403);
  });

  it('lists the account’s sessions without secrets, marks this one, and ends another and all others', async () => {
    const me = await t.signIn('reader');
    const phone = await secondDevice(t, me.user!.email, 'Mozilla/5.0 (Linux; Android 14) Chrome/120.0 Mobile');
    const laptop = await secondDevice(
      t,
      me.user!.email,
      'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    );
    const list = await phone.request({ url: '/api/v1/account/sessions' });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; device: string | null }[];
    expect(items).toHaveLength(3);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(items.find((s) => s.current)!.device).toBe('Chrome on Android');
    expect(list.body).not.toMatch(/token|hash|csrf/i);
    const hashes = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(hashes.rows.length).toBeGreaterThan(3);
    for (const h of hashes.rows) expect(list.body).not.toContain(h.token_hash);
    // Someone else cannot end this account's session: it is "not found" to them.
    const laptopId = (await laptop.request({ url: '/api/v1/account/sessions' }))
      .json()
      .items.find((s: { current: boolean }) => s.current).id;
    expect((await as.admin.request({ method: 'DELETE', url: `/api/v1/account/sessions/${laptopId}` })).statusCode).toBe(
      404,
    );
    const ended = await phone.request({ method: 'DELETE', url: `/api/v1/account/sessions/${laptopId}` });
    expect(ended.statusCode).toBe(204);
    expect((await laptop.request({ url: '/api/v1/auth/session' })).json().user).toBeNull();
    expect((await me.request({ url: '/api/v1/auth/session' })).json().user.id).toBe(me.user!.id);
    const others = await phone.request({ method: 'DELETE', url: '/api/v1/account/sessions' });
    expect(others.json()).toEqual({ ended: 1 });
    expect((await me.request({ url: '/api/v1/auth/session' })).json().user).toBeNull();
    const left = (await phone.request({ url: '/api/v1/account/sessions' })).json().items;
    expect(left).toHaveLength(1);
    expect(left[0].current).toBe(true);
  });

  it('lets administrators find accounts by name or e-mail, role and city, a page at a time', async () => {
    const found = await as.admin.request({ url: `/api/v1/admin/users?q=${encodeURIComponent(as.editor.user!.email)}` });
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((u: { id: string }) => u.id)).toEqual([as.editor.user!.id]);
    const turin = await as.admin.request({ url: '/api/v1/admin/users?role=editor&cityId=city-turin' });
    expect(turin.json().items.length).toBeGreaterThan(0);
    for (const u of turin.json().items) expect([u.role, u.cityId]).toEqual(['editor', 'city-turin']);
    const page1 = await as.admin.request({ url: '/api/v1/admin/users?pageSize=2&page=1' });
    const page2 = await as.admin.request({ url: '/api/v1/admin/users?pageSize=2&page=2' });
    expect(page1.json().items).toHaveLength(2);
    expect(page1.json().total).toBeGreaterThan(3);
    expect(page2.json().items.length).toBeGreaterThan(0);
    expect(page2.json().items[0].id).not.toBe(page1.json().items[0].id);
    const literal = await as.admin.request({ url: '/api/v1/admin/users?q=%25' });
    expect(literal.json().total).toBe(0);
    const bad = await as.admin.request({ url: '/api/v1/admin/users?role=king' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('role');
  });

  it('changes role and city; an editor needs an existing city', async () => {
    const someone = await t.signIn('reader');
    const id = someone.user!.id;
    const patch = (payload: object) => as.admin.request({ method: 'PATCH', url: `/api/v1/admin/users/${id}`, payload });
    const noCity = await patch({ role: 'editor' });
    expect(noCity.statusCode).toBe(400);
    expect(noCity.json().error.field).toBe('cityId');
    const unknown = await patch({ role: 'editor', cityId: 'city-atlantis' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('city-atlantis');
    const ok = await patch({ role: 'editor', cityId: 'city-ghent' });
    expect(ok.statusCode).toBe(200);
    expect([ok.json().role, ok.json().cityId]).toEqual(['editor', 'city-ghent']);
    // The change applies to the open session at once.
    expect((await someone.request({ url: '/api/v1/auth/session' })).json().user.role).toBe('editor');
  });

  it('disables an account: its session and API token are refused at once, sign-in too; re-enabling restores it', async () => {
    const someone = await t.signIn('reader');
    const created = await someone.request({
      method: 'POST',
      url: '/api/v1/account/tokens',
      payload: { name: 'script', scope: 'read' },
    });
    expect(created.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${created.json().token as string}` };
    expect((await t.anonymous.request({ url: '/api/v1/account/sessions', headers: bearer })).statusCode).toBe(200);
    const id = someone.user!.id;
    const off = await as.admin.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${id}`,
      payload: { disabled: true },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().disabled).toBe(true);
    expect((await someone.request({ url: '/api/v1/auth/session' })).json().user).toBeNull();
    expect((await someone.request({ url: '/api/v1/account/sessions' })).statusCode).toBe(401);
    const byToken = await t.anonymous.request({ url: '/api/v1/account/sessions', headers: bearer });
    expect(byToken.statusCode).toBe(401);
    const signIn = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: someone.user!.email, password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(403);
    expect(signIn.json().error.message).toMatch(/disabled/);
    const on = await as.admin.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${id}`,
      payload: { disabled: false },
    });
    expect(on.json().disabled).toBe(false);
    expect((await t.anonymous.request({ url: '/api/v1/account/sessions', headers: bearer })).statusCode).toBe(200);
  });

  it('never lets the last administrator be demoted, disabled or deleted', async () => {
    const { db } = t;
    const admins = await db.query<{ id: string }>(
      "SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL AND deleted_at IS NULL",
    );
    expect(admins.rows.length).toBeGreaterThan(0);
    // Leave one administrator: the matrix's.
    await db.query("UPDATE users SET role = 'reader' WHERE role = 'admin' AND id <> $1", [as.admin.user!.id]);
    const me = as.admin.user!.id;
    const demote = await as.admin.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${me}`,
      payload: { role: 'reader' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.field).toBe('role');
    const disable = await as.admin.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${me}`,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(409);
    const del = await as.admin.request({ method: 'DELETE', url: '/api/v1/account', payload: { password: PASSWORD } });
    expect(del.statusCode).toBe(409);
    expect((await as.admin.request({ url: '/api/v1/auth/session' })).json().user.role).toBe('admin');
    // With a second administrator, the first may step down.
    const second = await t.signIn('admin');
    const step = await second.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${second.user!.id}`,
      payload: { role: 'reader' },
    });
    expect(step.statusCode).toBe(200);
    expect(step.json().role).toBe('reader');
  });

  it('lets a reader ask to edit a city and an administrator approve or refuse', async () => {
    const reader = await t.signIn('reader');
    const bad = await reader.request({
      method: 'POST',
      url: '/api/v1/editor-requests',
      payload: { cityId: 'city-atlantis', reason: 'I work there' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('cityId');
    const noReason = await reader.request({
      method: 'POST',
      url: '/api/v1/editor-requests',
      payload: { cityId: 'city-ghent', reason: ' ' },
    });
    expect(noReason.json().error.field).toBe('reason');
    const asked = await reader.request({
      method: 'POST',
      url: '/api/v1/editor-requests',
      payload: { cityId: 'city-ghent', reason: 'I coordinate the city’s integration office' },
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.json().status).toBe('pending');
    const again = await reader.request({
      method: 'POST',
      url: '/api/v1/editor-requests',
      payload: { cityId: 'city-ghent', reason: 'again' },
    });
    expect(again.statusCode).toBe(409);
    // Others see only their own requests; administrators see the pending ones.
    const others = await as.reader.request({ url: '/api/v1/editor-requests' });
    expect(others.json().items.map((r: { id: string }) => r.id)).not.toContain(asked.json().id);
    const pending = await as.admin.request({ url: '/api/v1/editor-requests?status=pending' });
    expect(pending.json().items.map((r: { id: string }) => r.id)).toContain(asked.json().id);
    const url = `/api/v1/editor-requests/${asked.json().id as string}/decision`;
    expect((await as.editor.request({ method: 'POST', url, payload: { decision: 'approve' } })).statusCode).toBe(403);
    const approved = await as.admin.request({ method: 'POST', url, payload: { decision: 'approve' } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');
    const session = (await reader.request({ url: '/api/v1/auth/session' })).json().user;
    expect([session.role, session.cityId]).toEqual(['editor', 'city-ghent']);
    expect((await as.admin.request({ method: 'POST', url, payload: { decision: 'refuse' } })).statusCode).toBe(409);
    // A refusal changes nothing.
    const other = await t.signIn('reader');
    const asked2 = await other.request({
      method: 'POST',
      url: '/api/v1/editor-requests',
      payload: { cityId: 'city-turin', reason: 'volunteer' },
    });
    const refused = await as.admin.request({
      method: 'POST',
      url: `/api/v1/editor-requests/${asked2.json().id as string}/decision`,
      payload: { decision: 'refuse' },
    });
    expect(refused.json().status).toBe('refused');
    expect((await other.request({ url: '/api/v1/auth/session' })).json().user.role).toBe('reader');
  });

  it('exports everything held about the person and nothing about anyone else', async () => {
    const me = await t.signIn('editor', 'city-turin');
    const name = `Export practice ${Date.now()}`;
    const practice = await me.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: minimalPractice('city-turin', name),
    });
    expect(practice.statusCode).toBe(201);
    await me.request({
      method: 'POST',
      url: '/api/v1/account/tokens',
      payload: { name: 'my export token', scope: 'read' },
    });
    const reg = await me.request({
      method: 'POST',
      url: '/api/v1/events/event-icc-milan-2018/registrations',
      payload: {
        organisation: 'Comune di Torino',
        cityId: 'city-turin',
        role: 'city-official',
        languages: ['it'],
        accessibilityNeeds: 'Hearing loop',
        consent: true,
      },
    });
    expect(reg.statusCode).toBe(201);
    // Someone else's data in the same tables.
    const other = await t.signIn('editor', 'city-turin');
    await other.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: minimalPractice('city-turin', `Other ${name}`),
    });
    await other.request({
      method: 'POST',
      url: '/api/v1/account/tokens',
      payload: { name: 'other token', scope: 'read' },
    });
    await other.request({
      method: 'POST',
      url: '/api/v1/events/event-icc-milan-2018/registrations',
      payload: {
        organisation: 'Other org',
        cityId: 'city-turin',
        role: 'city-official',
        languages: ['it'],
        accessibilityNeeds: 'Other needs',
        consent: true,
      },
    });

    const res = await me.request({ url: '/api/v1/account/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json();
    expect(data.account.email).toBe(me.user!.email);
    expect(data.sessions).toHaveLength(1);
    expect(data.apiTokens.map((x: { name: string }) => x.name)).toEqual(['my export token']);
    expect(data.revisions.length).toBeGreaterThan(0);
    expect(data.revisions.map((x: { entityId: string }) => x.entityId)).toContain(practice.json().id);
    expect(data.events.registrations).toHaveLength(1);
    expect(data.events.registrations[0].accessibilityNeeds).toBe('Hearing loop');
    for (const secret of ['other token', 'Other needs', other.user!.email, other.user!.id, `Other ${name}`])
      expect(res.body).not.toContain(secret);
    expect(res.body).not.toMatch(/token_?hash|password/i);
  });

  it('deletes an account with its password, keeping its revisions readable as "a former member"', async () => {
    const me = await t.signIn('editor', 'city-turin');
    const practice = await me.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: minimalPractice('city-turin', `Deleted author ${Date.now()}`),
    });
    expect(practice.statusCode).toBe(201);
    const id = practice.json().id as string;
    const reg = await me.request({
      method: 'POST',
      url: '/api/v1/events/event-icc-milan-2018/registrations',
      payload: {
        organisation: 'Personal org',
        cityId: 'city-turin',
        role: 'city-official',
        languages: ['it'],
        accessibilityNeeds: 'Personal needs',
        consent: true,
      },
    });
    expect(reg.statusCode).toBe(201);
    const token = (
      await me.request({ method: 'POST', url: '/api/v1/account/tokens', payload: { name: 't', scope: 'read' } })
    ).json().token as string;
    // Only administrators and the author see the author's e-mail address in the history.
    const seenBy = async (c: Client) =>
      ((await c.request({ url: `/api/v1/practices/${id}/revisions` })).json().items as { authorName: string }[]).map(
        (r) => r.authorName,
      );
    expect(await seenBy(as.editor)).toEqual(['Test editor']);
    expect(await seenBy(as.admin)).toEqual([`Test editor <${me.user!.email}>`]);
    expect(await seenBy(me)).toEqual([`Test editor <${me.user!.email}>`]);
    const wrong = await me.request({
      method: 'DELETE',
      url: '/api/v1/account',
      payload: { password: 'wrong wrong wrong' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.field).toBe('password');
    const del = await me.request({ method: 'DELETE', url: '/api/v1/account', payload: { password: PASSWORD } });
    expect(del.statusCode).toBe(204);
    expect((await me.request({ url: '/api/v1/auth/session' })).json().user).toBeNull();
    expect(
      (await t.anonymous.request({ url: '/api/v1/account/sessions', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
    const history = await as.editor.request({ url: `/api/v1/practices/${id}/revisions` });
    expect(history.statusCode).toBe(200);
    const revisions = history.json().items as { authorName: string }[];
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions) expect(r.authorName).toBe('a former member');
    expect(history.body).not.toContain(me.user!.email);
    const row = (
      await t.db.query<Record<string, unknown>>(
        'SELECT email, name, password_hash, deleted_at FROM users WHERE id = $1',
        [me.user!.id],
      )
    ).rows[0]!;
    expect([row.email, row.name, row.password_hash]).toEqual([null, 'a former member', '']);
    expect(row.deleted_at).not.toBeNull();
    const left = await t.db.query(
      'SELECT 1 FROM event_participants WHERE email = $1 OR accessibility_needs = $2 OR organisation = $3',
      [me.user!.email, 'Personal needs', 'Personal org'],
    );
    expect(left.rows).toHaveLength(0);
    for (const table of ['sessions', 'api_tokens'])
      expect((await t.db.query(`SELECT 1 FROM ${table} WHERE user_id = $1`, [me.user!.id])).rows).toHaveLength(0);
    // The e-mail address is free again; the former account is not in the users list.
    const list = await as.admin.request({ url: '/api/v1/admin/users?q=former' });
    expect(list.json().items.map((u: { id: string }) => u.id)).not.toContain(me.user!.id);
  });
});
