import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../src/accounts/schema.ts';
import { ENGINES, insertTestAccount, signInThroughApi, startTestApp, type Client, type TestApp } from './harness.ts';

const MILAN = 'event-icc-milan-2018';

/**
 * A form post as a browser without JavaScript sends it: urlencoded, the session cookie and the
 * CSRF token in the `_csrf` field only (the test clients add the header, so this goes around them).
 */
async function postForm(t: TestApp, session: { cookie: string } | null, url: string, csrf: string) {
  return t.app.inject({
    method: 'POST',
    url,
    cookies: session ? { convivio_session: session.cookie } : {},
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `_csrf=${encodeURIComponent(csrf)}`,
  });
}

/** Signs a new account (stored as the harness stores test accounts) in through the real sign-in route; its session cookie. */
async function sessionOf(t: TestApp, role: User['role'], cityId: string | null = null) {
  const user = await insertTestAccount(t.db, role, cityId);
  return { cookie: (await signInThroughApi(t.app, user.email)).session };
}

/** A page as a browser asks for it with that session. */
const getPage = (t: TestApp, session: { cookie: string }, url: string) =>
  t.app.inject({ url, cookies: { convivio_session: session.cookie } });

/** The CSRF token a page's confirmation form carries (the same the session holds). */
const formToken = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

describe.each(ENGINES)('destructive actions ask first, without JavaScript, on %s', (engine) => {
  let t: TestApp;
  let api: Client;
  let editor: { cookie: string };
  let otherEditor: { cookie: string };

  beforeAll(async () => {
    t = await startTestApp(engine);
    api = await t.signIn('editor', 'city-mechelen');
    editor = await sessionOf(t, 'editor', 'city-mechelen');
    otherEditor = await sessionOf(t, 'editor', 'city-vienna');
  });
  afterAll(async () => t?.close());

  const exists = async (table: string, id: string) =>
    (await t.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rows.length === 1;

  it('asks before deleting a stakeholder, saying what goes with it, and deletes it on the POST', async () => {
    const practice = (
      await t.db.query<{ id: string }>("SELECT id FROM practices WHERE city_id = 'city-mechelen' ORDER BY id LIMIT 1")
    ).rows[0];
    expect(practice).toBeDefined();
    const created = await api.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders',
      payload: { name: 'Buurtcentrum De Vijfhoek', area: 'civil-society', practiceIds: [practice.id] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    for (const name of ['An Peeters', 'Jan Claes'])
      expect(
        (
          await api.request({
            method: 'POST',
            url: '/api/v1/cities/city-mechelen/contacts',
            payload: { name, stakeholderId: id, consent: true, consentDate: '2024-01-10' },
          })
        ).statusCode,
      ).toBe(201);

    const detail = await getPage(t, editor, `/stakeholders/${id}`);
    expect(detail.body).toMatch(new RegExp(`href="/stakeholders/${id}/delete"\\s+data-confirm`));
    expect(detail.body).not.toContain(`action="/stakeholders/${id}/delete"`);

    const confirm = await getPage(t, editor, `/stakeholders/${id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('This removes the stakeholder Buurtcentrum De Vijfhoek and its 3 links');
    expect(confirm.body).toContain('Contact persons recorded for it: 2');
    expect(confirm.body).toContain('Links to practices: 1');
    expect(confirm.body).toContain(`<form method="post" action="/stakeholders/${id}/delete"`);
    const csrf = formToken(confirm.body);
    expect(csrf).not.toBe('');
    expect(await exists('stakeholders', id)).toBe(true);

    // Another city's editor may open nothing and post nothing, even with a valid token of their own.
    expect((await getPage(t, otherEditor, `/stakeholders/${id}/delete`)).statusCode).toBe(403);
    const otherCsrf = formToken((await getPage(t, otherEditor, `/stakeholders/${id}`)).body);
    expect(otherCsrf).not.toBe('');
    expect((await postForm(t, otherEditor, `/stakeholders/${id}/delete`, otherCsrf)).statusCode).toBe(403);
    // A forged token, or nobody signed in: nothing deleted either.
    expect((await postForm(t, editor, `/stakeholders/${id}/delete`, 'forged')).statusCode).toBe(403);
    const anonymous = await postForm(t, null, `/stakeholders/${id}/delete`, csrf);
    expect(anonymous.headers.location ?? '').toMatch(/^\/sign-in/);
    expect(await exists('stakeholders', id)).toBe(true);

    const done = await postForm(t, editor, `/stakeholders/${id}/delete`, csrf);
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/cities/city-mechelen/stakeholders?notice=deleted');
    expect(await exists('stakeholders', id)).toBe(false);
    const contacts = await t.db.query('SELECT 1 FROM stakeholder_contacts WHERE stakeholder_id = $1', [id]);
    expect(contacts.rows.length).toBe(0);
  });

  it('says why a stakeholder still in a reference group cannot be deleted, offering no button', async () => {
    const created = await api.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders',
      payload: { name: 'Vrijwilligerspunt Mechelen', area: 'civil-society' },
    });
    const id = created.json().id as string;
    const joined = await api.request({
      method: 'POST',
      url: '/api/v1/reference-groups/reference-group-local-mechelen/members',
      payload: { stakeholderId: id, joined: '2024-03-01' },
    });
    expect(joined.statusCode, joined.body).toBe(201);
    const confirm = await getPage(t, editor, `/stakeholders/${id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toMatch(/cannot be deleted while it is part of reference group/);
    expect(confirm.body).not.toContain(`action="/stakeholders/${id}/delete"`);
    expect(await exists('stakeholders', id)).toBe(true);
  });

  it('asks before removing a contact person and removes it on the POST', async () => {
    const contact = await api.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/contacts',
      payload: {
        name: 'Mila Janssens',
        stakeholderId: 'stakeholder-mechelen-internationaal-comite',
        consent: true,
        consentDate: '2024-02-01',
      },
    });
    expect(contact.statusCode).toBe(201);
    const id = contact.json().id as string;
    const confirm = await getPage(t, editor, `/contacts/${id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('This erases the contact person Mila Janssens of Internationaal Comité vzw');
    expect((await getPage(t, otherEditor, `/contacts/${id}/delete`)).statusCode).toBe(403);
    const done = await postForm(t, editor, `/contacts/${id}/delete`, formToken(confirm.body));
    expect(done.statusCode).toBe(303);
    expect(await exists('stakeholder_contacts', id)).toBe(false);
  });

  it('asks before erasing a registration, counting the choices that go with it, and erases it on the POST', async () => {
    const reader = await sessionOf(t, 'reader');
    const registered = await getPage(t, reader, `/events/${MILAN}/register`);
    const csrf = formToken(registered.body);
    const reg = await t.app.inject({
      method: 'POST',
      url: `/api/v1/events/${MILAN}/registrations`,
      cookies: { convivio_session: reader.cookie },
      headers: { 'x-csrf-token': csrf },
      payload: {
        organisation: 'City of Ghent',
        cityId: 'city-ghent',
        role: 'city-official',
        languages: ['en'],
        consent: true,
      },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const id = reg.json().id as string;
    const page = await getPage(t, reader, `/events/${MILAN}/register`);
    expect(page.body).toMatch(new RegExp(`href="/events/${MILAN}/withdraw"\\s+data-confirm`));
    expect(page.body).not.toContain(`action="/events/${MILAN}/withdraw"`);
    const confirm = await getPage(t, reader, `/events/${MILAN}/withdraw`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toMatch(/This erases your registration no\. \d+ for /);
    expect(confirm.body).toContain('Your ranked choices: 0 choice points');
    expect(await exists('event_participants', id)).toBe(true);
    const done = await postForm(t, reader, `/events/${MILAN}/withdraw`, formToken(confirm.body));
    expect(done.statusCode).toBe(303);
    expect(await exists('event_participants', id)).toBe(false);
  });
});
