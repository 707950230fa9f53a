import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const MILAN = 'event-icc-milan-2018';
const REG = `/api/v1/events/${MILAN}/registrations`;
const W1 = 'choice-icc-milan-2018-workshops-1';
const CORNER = 'session-icc-milan-2018-d1-projects-corner';

const details = (over: Record<string, unknown> = {}) => ({
  organisation: 'City of Ghent',
  cityId: 'city-ghent',
  role: 'city-official',
  languages: ['en', 'nl'],
  accessibilityNeeds: 'Step-free access',
  consent: true,
  ...over,
});

describe.each(ENGINES)('event registration, rankings and privacy on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let organiser: Client;
  let alice: Client;
  let bob: Client;
  let aliceId: string;
  let bobId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
    organiser = await t.signIn('editor', 'city-milan');
    await admin.request({ method: 'PUT', url: `/api/v1/events/${MILAN}/organisers/${organiser.user!.id}` });
    alice = await t.signIn('reader');
    bob = await t.signIn('reader');
  });
  afterAll(async () => t?.close());

  it('asks anonymous visitors to sign in', async () => {
    expect(
      (
        await t.anonymous.request({
          method: 'POST',
          url: REG,
          payload: details({ name: 'Anon', email: 'anon@example.org' }),
        })
      ).statusCode,
    ).toBe(401);
    expect((await t.anonymous.request({ url: `${REG}/me` })).statusCode).toBe(401);
    expect((await t.anonymous.request({ url: REG })).statusCode).toBe(401);
  });

  it('requires consent to the privacy terms, naming the field', async () => {
    const res = await alice.request({ method: 'POST', url: REG, payload: details({ consent: false }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('consent');
  });

  it('lets a reader register themselves, with name and email from their account', async () => {
    const res = await alice.request({ method: 'POST', url: REG, payload: details() });
    expect(res.statusCode).toBe(201);
    const reg = res.json();
    aliceId = reg.id;
    expect(reg).toMatchObject({
      userId: alice.user!.id,
      name: alice.user!.name,
      email: alice.user!.email,
      cityName: 'Ghent',
      languages: ['en', 'nl'],
    });
    expect((await alice.request({ method: 'POST', url: REG, payload: details() })).statusCode).toBe(409);
    bobId = (await bob.request({ method: 'POST', url: REG, payload: details({ name: 'Bob B.', cityId: null }) })).json()
      .id;
    const me = (await alice.request({ url: `${REG}/me` })).json();
    expect(me.registration.id).toBe(aliceId);
  });

  it('lets readers register only themselves; organisers register others, with or without an account', async () => {
    const other = await alice.request({
      method: 'POST',
      url: REG,
      payload: details({ name: 'Someone', email: 's@example.org', userId: bob.user!.id }),
    });
    expect(other.statusCode).toBe(403);
    const guest = await organiser.request({
      method: 'POST',
      url: REG,
      payload: details({ name: 'Guest Speaker', email: 'guest@example.org', userId: null }),
    });
    expect(guest.statusCode).toBe(201);
    expect(guest.json().userId).toBeNull();
  });

  it("keeps a participant out of another's registration (404) and the list (403)", async () => {
    expect((await bob.request({ url: `${REG}/${aliceId}` })).statusCode).toBe(404);
    expect(
      (
        await bob.request({
          method: 'PUT',
          url: `${REG}/${aliceId}`,
          payload: details({ name: 'Hacked', email: 'h@example.org' }),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await bob.request({ method: 'PUT', url: `${REG}/${aliceId}/rankings`, payload: { rankings: { [W1]: [] } } }))
        .statusCode,
    ).toBe(404);
    expect((await bob.request({ url: `${REG}/${aliceId}/agenda` })).statusCode).toBe(404);
    expect((await bob.request({ url: `${REG}/${aliceId}/calendar.ics` })).statusCode).toBe(404);
    expect((await bob.request({ method: 'DELETE', url: `${REG}/${aliceId}` })).statusCode).toBe(404);
    expect((await bob.request({ url: REG })).statusCode).toBe(403);
    expect((await t.anonymous.request({ url: `${REG}/${aliceId}` })).statusCode).toBe(401);
    expect((await alice.request({ url: `${REG}/${aliceId}` })).json().email).toBe(alice.user!.email);
  });

  it("shows participants' data to the event's organisers and administrators only", async () => {
    const list = (await organiser.request({ url: REG })).json().items;
    expect(list.map((r: { email: string }) => r.email)).toEqual(
      expect.arrayContaining([alice.user!.email, bob.user!.email, 'guest@example.org']),
    );
    expect(list.find((r: { id: string }) => r.id === aliceId).accessibilityNeeds).toBe('Step-free access');
    expect((await admin.request({ url: `${REG}/${bobId}` })).statusCode).toBe(200);
    const programme = (await t.anonymous.request({ url: `/api/v1/events/${MILAN}` })).body;
    expect(programme).not.toContain(alice.user!.email);
    expect(programme).not.toContain('Step-free access');
  });

  it('stores full and partial rankings, rejecting options of other choice points', async () => {
    const res = await alice.request({
      method: 'PUT',
      url: `${REG}/${aliceId}/rankings`,
      payload: {
        rankings: {
          [W1]: ['session-icc-milan-2018-d1-workshop-3', 'session-icc-milan-2018-d1-workshop-1'],
          [CORNER]: [
            'presentation-icc-milan-2018-cities-grow',
            'presentation-icc-milan-2018-munich-masterplan',
            'presentation-icc-milan-2018-mifriendly-cities',
          ],
        },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().rankings[W1]).toEqual([
      'session-icc-milan-2018-d1-workshop-3',
      'session-icc-milan-2018-d1-workshop-1',
    ]);
    const bad = await alice.request({
      method: 'PUT',
      url: `${REG}/${aliceId}/rankings`,
      payload: {
        rankings: {
          [W1]: [
            'session-icc-milan-2018-d1-workshop-5',
            'session-icc-milan-2018-d1-workshop-1',
            'session-icc-milan-2018-d1-workshop-1',
          ],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { field: string }) => i.field)).toEqual([
      `rankings.${W1}.0`,
      `rankings.${W1}.2`,
    ]);
    const unknown = await alice.request({
      method: 'PUT',
      url: `${REG}/${aliceId}/rankings`,
      payload: { rankings: { 'choice-nope': [] } },
    });
    expect(unknown.statusCode).toBe(400);
    const cleared = await alice.request({
      method: 'PUT',
      url: `${REG}/${aliceId}/rankings`,
      payload: { rankings: { [CORNER]: [] } },
    });
    expect(Object.keys(cleared.json().rankings)).toEqual([W1]);
  });

  it('freezes rankings for participants once the organisers close choices', async () => {
    expect(
      (
        await alice.request({
          method: 'PATCH',
          url: `/api/v1/events/${MILAN}/settings`,
          payload: { choicesOpen: false },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await organiser.request({
          method: 'PATCH',
          url: `/api/v1/events/${MILAN}/settings`,
          payload: { choicesOpen: false },
        })
      ).json().choicesOpen,
    ).toBe(false);
    const late = await alice.request({
      method: 'PUT',
      url: `${REG}/${aliceId}/rankings`,
      payload: { rankings: { [W1]: ['session-icc-milan-2018-d1-workshop-2'] } },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('closed');
    const byOrganiser = await organiser.request({
      method: 'PUT',
      url: `${REG}/${bobId}/rankings`,
      payload: { rankings: { [W1]: ['session-icc-milan-2018-d1-workshop-2'] } },
    });
    expect(byOrganiser.statusCode).toBe(200);
    await organiser.request({
      method: 'PATCH',
      url: `/api/v1/events/${MILAN}/settings`,
      payload: { choicesOpen: true },
    });
  });

  it('lets a participant change their details, and refuses self-registration once registration closes', async () => {
    const res = await alice.request({
      method: 'PUT',
      url: `${REG}/${aliceId}`,
      payload: details({ name: 'Alice A.', email: 'alice.a@example.org', organisation: 'Ghent University' }),
    });
    expect(res.json()).toMatchObject({ name: 'Alice A.', organisation: 'Ghent University' });
    await organiser.request({
      method: 'PATCH',
      url: `/api/v1/events/${MILAN}/settings`,
      payload: { registrationOpen: false },
    });
    const carol = await t.signIn('reader');
    expect((await carol.request({ method: 'POST', url: REG, payload: details() })).statusCode).toBe(409);
    await organiser.request({
      method: 'PATCH',
      url: `/api/v1/events/${MILAN}/settings`,
      payload: { registrationOpen: true },
    });
  });

  it('erases personal data, rankings and seats on withdrawal', async () => {
    await organiser.request({ method: 'POST', url: `/api/v1/events/${MILAN}/assignment`, payload: {} });
    const before = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM event_assignments WHERE participant_id = $1',
      [aliceId],
    );
    expect(before.rows[0].n).toBe(4);
    expect((await alice.request({ method: 'DELETE', url: `${REG}/${aliceId}` })).statusCode).toBe(204);
    for (const table of [
      'event_participants WHERE id',
      'event_rankings WHERE participant_id',
      'event_assignments WHERE participant_id',
    ]) {
      const r = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} = $1`, [aliceId]);
      expect(r.rows[0].n).toBe(0);
    }
    const trace = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM event_participants WHERE email = $1 OR name = $2',
      ['alice.a@example.org', 'Alice A.'],
    );
    expect(trace.rows[0].n).toBe(0);
    expect((await alice.request({ url: `${REG}/me` })).json().registration).toBeNull();
    expect((await alice.request({ method: 'POST', url: REG, payload: details() })).statusCode).toBe(201);
  });
});
