import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const MILAN = 'event-icc-milan-2018';
const REG = `/api/v1/events/${MILAN}/registrations`;
const W3 = 'session-icc-milan-2018-d1-workshop-3';
const PANEL = 'session-icc-milan-2018-d2-panel-local-challenges';
const form = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});

describe.each(ENGINES)('sessions added to a personal agenda on %s', (engine) => {
  let t: TestApp;
  let alice: Client;
  let bob: Client;
  let organiser: Client;
  let aliceId: string;
  const saved = (id: string) => `${REG}/${aliceId}/saved-sessions/${id}`;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const admin = await t.signIn('admin');
    organiser = await t.signIn('reader');
    await admin.request({ method: 'PUT', url: `/api/v1/events/${MILAN}/organisers/${organiser.user!.id}` });
    alice = await t.signIn('reader');
    bob = await t.signIn('reader');
    const reg = await alice.request({ method: 'POST', url: REG, payload: { role: 'researcher', consent: true } });
    expect(reg.statusCode).toBe(201);
    aliceId = reg.json().id;
    expect(
      (await bob.request({ method: 'POST', url: REG, payload: { role: 'other', consent: true } })).statusCode,
    ).toBe(201);
  });
  afterAll(async () => t?.close());

  it('lets the participant add, list and remove sessions; adding twice is fine', async () => {
    expect((await alice.request({ method: 'PUT', url: saved(PANEL) })).statusCode).toBe(204);
    expect((await alice.request({ method: 'PUT', url: saved(W3) })).statusCode).toBe(204);
    expect((await alice.request({ method: 'PUT', url: saved(W3) })).statusCode).toBe(204);
    const list = await alice.request({ url: `${REG}/${aliceId}/saved-sessions` });
    expect(list.statusCode).toBe(200);
    // Programme order, not the order they were added in.
    expect(list.json().items).toEqual([W3, PANEL]);
    expect((await alice.request({ method: 'DELETE', url: saved(PANEL) })).statusCode).toBe(204);
    expect((await alice.request({ url: `${REG}/${aliceId}/saved-sessions` })).json().items).toEqual([W3]);
  });

  it('refuses anonymous visitors (401), other participants (404) and organisers (403)', async () => {
    expect((await t.anonymous.request({ url: `${REG}/${aliceId}/saved-sessions` })).statusCode).toBe(401);
    expect((await t.anonymous.request({ method: 'PUT', url: saved(PANEL) })).statusCode).toBe(401);
    expect((await t.anonymous.request({ method: 'DELETE', url: saved(W3) })).statusCode).toBe(401);
    expect((await bob.request({ url: `${REG}/${aliceId}/saved-sessions` })).statusCode).toBe(404);
    expect((await bob.request({ method: 'PUT', url: saved(PANEL) })).statusCode).toBe(404);
    expect((await bob.request({ method: 'DELETE', url: saved(W3) })).statusCode).toBe(404);
    const byOrganiser = await organiser.request({ url: `${REG}/${aliceId}/saved-sessions` });
    expect(byOrganiser.statusCode).toBe(403);
    expect(byOrganiser.json().error.code).toBe('forbidden');
    expect((await organiser.request({ method: 'PUT', url: saved(PANEL) })).statusCode).toBe(403);
    // Nothing changed.
    expect((await alice.request({ url: `${REG}/${aliceId}/saved-sessions` })).json().items).toEqual([W3]);
  });

  it('answers 404 for a session the programme does not have', async () => {
    const res = await alice.request({ method: 'PUT', url: saved('session-nope') });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('session-nope');
  });

  it('works as a form without script, shows the state on the programme and lists the sessions in the agenda', async () => {
    const anonymous = await t.anonymous.request({ url: `/events/${MILAN}` });
    expect(anonymous.body).not.toContain('data-saved-toggle');
    const res = await alice.request({
      method: 'POST',
      url: `/events/${MILAN}/sessions/${PANEL}/saved`,
      ...form({ saved: 'yes', back: `/events/${MILAN}?day=2018-11-08` }),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/events/${MILAN}?day=2018-11-08#${PANEL}`);
    const programme = (await alice.request({ url: `/events/${MILAN}` })).body;
    const toggles = programme.match(/<form[^>]*data-saved-toggle[\s\S]*?<\/form>/g) ?? [];
    expect(toggles).toHaveLength(22);
    const removable = toggles.filter((f) => f.includes('Remove from my agenda'));
    expect(removable).toHaveLength(2);
    expect(removable.some((f) => f.includes(`/sessions/${PANEL}/saved`))).toBe(true);
    const agenda = (await alice.request({ url: `/events/${MILAN}/me` })).body;
    expect(agenda).toContain(`href="/events/${MILAN}/sessions/${PANEL}"`);
    expect(agenda).toContain(`href="/events/${MILAN}/sessions/${W3}"`);
    const bobs = (await bob.request({ url: `/events/${MILAN}/me` })).body;
    expect(bobs).not.toContain(`href="/events/${MILAN}/sessions/${PANEL}"`);
    const off = await alice.request({
      method: 'POST',
      url: `/events/${MILAN}/sessions/${PANEL}/saved`,
      ...form({ saved: 'no', back: 'https://elsewhere.example/' }),
    });
    expect(off.headers.location).toBe(`/events/${MILAN}#${PANEL}`);
    expect((await alice.request({ url: `${REG}/${aliceId}/saved-sessions` })).json().items).toEqual([W3]);
  });

  it('erases the added sessions with the registration', async () => {
    expect((await alice.request({ method: 'DELETE', url: `${REG}/${aliceId}` })).statusCode).toBe(204);
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM event_saved_sessions WHERE participant_id = $1', [
      aliceId,
    ]);
    expect(rows[0]).toEqual({ n: 0 });
  });
});
