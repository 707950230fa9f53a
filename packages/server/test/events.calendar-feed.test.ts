import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';
import { eventRoles, registerFor } from './event-roles.ts';
import { readIcs } from './ics-reader.ts';

const MILAN = 'event-icc-milan-2018';

describe.each(ENGINES)('calendar subscription addresses on %s', (engine) => {
  let t: TestApp;
  let participant: Client;
  let other: Client;
  let organiser: Client;
  let admin: Client;
  let participantId: string;
  const feed = (id = participantId) => `/api/v1/events/${MILAN}/registrations/${id}/calendar-feed`;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { PUBLIC_BASE_URL: 'https://convivio.example.org' } });
    ({ participant, other, organiser, admin, participantId } = await eventRoles(t, MILAN));
  });
  afterAll(async () => t?.close());

  it('lets only the participant create the address (role matrix)', async () => {
    expect((await t.anonymous.request({ method: 'POST', url: feed() })).statusCode).toBe(401);
    expect((await other.request({ method: 'POST', url: feed() })).statusCode).toBe(404);
    expect((await organiser.request({ method: 'POST', url: feed() })).statusCode).toBe(403);
    expect((await admin.request({ method: 'POST', url: feed() })).statusCode).toBe(403);
    expect((await participant.request({ url: feed() })).json()).toEqual({ exists: false, createdAt: null });
    const res = await participant.request({ method: 'POST', url: feed() });
    expect(res.statusCode).toBe(201);
    expect(res.json().url).toMatch(/^https:\/\/convivio\.example\.org\/events\/feeds\/cvf_[\w-]{43}\/agenda\.ics$/);
    expect((await participant.request({ url: feed() })).json()).toMatchObject({ exists: true });
    expect((await other.request({ url: feed() })).statusCode).toBe(404);
    expect((await organiser.request({ url: feed() })).statusCode).toBe(200);
  });

  it('serves the agenda at the address without a cookie, and stores only a hash of it', async () => {
    const { url } = (await participant.request({ method: 'POST', url: feed() })).json();
    const path = new URL(url).pathname;
    const res = await t.app.inject({ url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const cal = readIcs(res.body);
    expect(cal.events.length).toBeGreaterThan(10);
    expect(cal.events.every((e) => e.end !== null && e.uid.endsWith('@convivio.example.org'))).toBe(true);
    const token = path.split('/')[3];
    const stored = await t.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM event_calendar_feeds WHERE participant_id = $1',
      [participantId],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].token_hash).not.toContain(token);
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const api = await t.anonymous.request({ url: `/api/v1${path}` });
    expect(api.statusCode).toBe(200);
  });

  it('renewing replaces the address: the old one answers 404', async () => {
    const first = new URL((await participant.request({ method: 'POST', url: feed() })).json().url).pathname;
    const second = new URL((await participant.request({ method: 'POST', url: feed() })).json().url).pathname;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ url: first })).statusCode).toBe(404);
    expect((await t.app.inject({ url: second })).statusCode).toBe(200);
    expect((await t.anonymous.request({ url: '/api/v1/events/feeds/cvf_guess/agenda.ics' })).statusCode).toBe(404);
  });

  it('revoking (participant, organiser or administrator) makes the address 404 (role matrix)', async () => {
    const path = new URL((await participant.request({ method: 'POST', url: feed() })).json().url).pathname;
    expect((await t.anonymous.request({ method: 'DELETE', url: feed() })).statusCode).toBe(401);
    expect((await other.request({ method: 'DELETE', url: feed() })).statusCode).toBe(404);
    expect((await t.app.inject({ url: path })).statusCode).toBe(200);
    const revoked = await participant.request({ method: 'DELETE', url: feed() });
    expect(revoked.statusCode).toBe(204);
    const gone = await t.app.inject({ url: path });
    expect(gone.statusCode).toBe(404);
    expect((await participant.request({ method: 'DELETE', url: feed() })).statusCode).toBe(404);
    for (const who of [organiser, admin]) {
      const again = new URL((await participant.request({ method: 'POST', url: feed() })).json().url).pathname;
      expect((await who.request({ method: 'DELETE', url: feed() })).statusCode).toBe(204);
      expect((await t.app.inject({ url: again })).statusCode).toBe(404);
    }
  });

  it('withdrawing the registration ends the address', async () => {
    other = await t.signIn('reader');
    const mine = await registerFor(other, MILAN, 'Carla Rossi');
    const path = new URL((await other.request({ method: 'POST', url: feed(mine) })).json().url).pathname;
    expect((await t.app.inject({ url: path })).statusCode).toBe(200);
    const withdrawn = await other.request({ method: 'DELETE', url: `/api/v1/events/${MILAN}/registrations/${mine}` });
    expect(withdrawn.statusCode).toBe(204);
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
  });
});

describe('the calendar subscription page', () => {
  let t: TestApp;
  afterAll(async () => t?.close());

  it('shows a new address once, and revoking it makes it 404', async () => {
    t = await startTestApp('pglite');
    const reader = await t.signIn('reader');
    await registerFor(reader, MILAN, 'Dana Novak');
    const page = await reader.request({ url: `/events/${MILAN}/me/calendar-feed` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('no subscription address yet');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
    const made = await reader.request({
      method: 'POST',
      url: `/events/${MILAN}/me/calendar-feed`,
      payload: `_csrf=${encodeURIComponent(csrf)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(made.statusCode).toBe(200);
    const url = /id="feed-url" readonly value="([^"]+)"/.exec(made.body)![1];
    const path = new URL(url).pathname;
    expect((await t.app.inject({ url: path })).statusCode).toBe(200);
    expect((await reader.request({ url: `/events/${MILAN}/me/calendar-feed` })).body).not.toContain(path);
    const revoked = await reader.request({
      method: 'POST',
      url: `/events/${MILAN}/me/calendar-feed/revoke`,
      payload: `_csrf=${encodeURIComponent(csrf)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(revoked.statusCode).toBe(303);
    expect((await t.app.inject({ url: path })).statusCode).toBe(404);
    expect((await reader.request({ url: revoked.headers.location })).body).toContain('was revoked');
  });
});
