import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const MILAN = 'event-icc-milan-2018';

/** A small programme the tests build on: one day, one venue. */
const draftEvent = (over: Record<string, unknown> = {}) => ({
  id: 'event-test-forum',
  name: 'Test forum',
  cityId: 'city-vienna',
  timezone: 'Europe/Vienna',
  startDate: '2026-05-04',
  endDate: '2026-05-05',
  language: 'en',
  ...over,
});

describe.each(ENGINES)('events programme API on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let organiser: Client;
  let reader: Client;
  let editor: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
    organiser = await t.signIn('reader');
    reader = await t.signIn('reader');
    editor = await t.signIn('editor', 'city-vienna');
  });
  afterAll(async () => t?.close());

  it('lists the Milan conference and shows its programme to anyone, with speakers and key messages', async () => {
    const list = (await t.anonymous.request({ url: '/api/v1/events' })).json();
    expect(list.items.map((e: { id: string }) => e.id)).toContain(MILAN);
    const res = await t.anonymous.request({ url: `/api/v1/events/${MILAN}` });
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e.venues.map((v: { name: string }) => v.name)).toContain('Fabbrica del Vapore');
    const opening = e.sessions.find((s: { id: string }) => s.id === 'session-icc-milan-2018-d1-opening');
    expect(opening.people.map((p: { name: string }) => p.name)).toContain('Giuseppe Sala');
    expect(opening.keyMessages.length).toBeGreaterThan(0);
    expect(e.choicePoints.map((c: { id: string }) => c.id)).toEqual([
      'choice-icc-milan-2018-workshops-1',
      'session-icc-milan-2018-d1-projects-corner',
      'choice-icc-milan-2018-workshops-2',
      'choice-icc-milan-2018-site-visits',
    ]);
  });

  it('links projects-corner presentations to the practice library both ways', async () => {
    const res = await t.anonymous.request({ url: '/api/v1/practices/practice-cities-grow/events' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual(
      expect.objectContaining({ eventId: MILAN, presentationId: 'presentation-icc-milan-2018-cities-grow' }),
    );
    const filtered = (
      await t.anonymous.request({ url: '/api/v1/events?practiceId=practice-munich-masterplan' })
    ).json();
    expect(filtered.items.map((e: { id: string }) => e.id)).toEqual([MILAN]);
    const none = (await t.anonymous.request({ url: '/api/v1/events?practiceId=practice-fuenlabrada-milma' })).json();
    expect(none.items).toEqual([]);
    expect((await t.anonymous.request({ url: '/api/v1/practices/practice-nope/events' })).statusCode).toBe(404);
  });

  it('lets only administrators create events: anonymous 401, reader and editor 403', async () => {
    expect(
      (await t.anonymous.request({ method: 'POST', url: '/api/v1/events', payload: draftEvent() })).statusCode,
    ).toBe(401);
    expect((await reader.request({ method: 'POST', url: '/api/v1/events', payload: draftEvent() })).statusCode).toBe(
      403,
    );
    expect((await editor.request({ method: 'POST', url: '/api/v1/events', payload: draftEvent() })).statusCode).toBe(
      403,
    );
    const res = await admin.request({ method: 'POST', url: '/api/v1/events', payload: draftEvent() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ id: 'event-test-forum', status: 'draft', version: 1 });
  });

  it('hides a draft from everyone but its organisers until it is published', async () => {
    expect((await t.anonymous.request({ url: '/api/v1/events/event-test-forum' })).statusCode).toBe(404);
    expect((await organiser.request({ url: '/api/v1/events/event-test-forum' })).statusCode).toBe(404);
    expect(
      (await organiser.request({ method: 'PUT', url: `/api/v1/events/event-test-forum/organisers/${reader.user!.id}` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await admin.request({ method: 'PUT', url: `/api/v1/events/event-test-forum/organisers/${organiser.user!.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await organiser.request({ url: '/api/v1/events/event-test-forum' })).statusCode).toBe(200);
    const organisers = (await organiser.request({ url: '/api/v1/events/event-test-forum/organisers' })).json().items;
    expect(organisers.map((o: { userId: string }) => o.userId)).toEqual([organiser.user!.id]);
    expect((await reader.request({ url: '/api/v1/events/event-test-forum/organisers' })).statusCode).toBe(403);
  });

  it('lets an organiser build the programme: venue, rooms with capacities, parallel workshops, people', async () => {
    const base = '/api/v1/events/event-test-forum';
    const venue = await organiser.request({
      method: 'POST',
      url: `${base}/venues`,
      payload: { name: 'Rathaus', address: 'Friedrich-Schmidt-Platz 1, 1010 Wien', cityId: 'city-vienna' },
    });
    expect(venue.statusCode).toBe(201);
    const venueId = venue.json().venues[0].id;
    expect(venueId).toBe('venue-test-forum-rathaus');
    const room = await organiser.request({
      method: 'POST',
      url: `${base}/venues/${venueId}/rooms`,
      payload: { name: 'Festsaal', capacity: 120 },
    });
    expect(room.json().venues[0].rooms[0]).toEqual({
      id: 'room-test-forum-rathaus-festsaal',
      name: 'Festsaal',
      capacity: 120,
    });
    const group = await organiser.request({
      method: 'POST',
      url: `${base}/choice-groups`,
      payload: { title: 'Morning workshops' },
    });
    const groupId = group.json().choiceGroups[0].id;
    for (const title of ['Housing first', 'Language cafés']) {
      const s = await organiser.request({
        method: 'POST',
        url: `${base}/sessions`,
        payload: {
          kind: 'workshop',
          title,
          date: '2026-05-04',
          start: '10:00',
          end: '12:00',
          venueId,
          choiceGroup: groupId,
          capacity: 20,
        },
      });
      expect(s.statusCode).toBe(201);
    }
    const plenary = await organiser.request({
      method: 'POST',
      url: `${base}/sessions`,
      payload: {
        kind: 'plenary',
        title: 'Opening',
        date: '2026-05-04',
        start: '09:00',
        end: '09:45',
        venueId,
        roomId: 'room-test-forum-rathaus-festsaal',
      },
    });
    const sessions = plenary.json().sessions;
    expect(sessions.map((s: { title: string }) => s.title)).toEqual(['Opening', 'Housing first', 'Language cafés']);
    const people = await organiser.request({
      method: 'PUT',
      url: `${base}/sessions/${sessions[0].id}/people`,
      payload: {
        people: [
          { name: 'Ana Example', position: 'Mayor', organisation: 'City of Vienna', role: 'speaker' },
          { name: 'Bo Mod', role: 'moderator' },
        ],
      },
    });
    expect(people.statusCode).toBe(200);
    expect(people.json().sessions[0].people[1]).toMatchObject({ name: 'Bo Mod', role: 'moderator', confirmed: true });
    expect(people.json().choicePoints[0].options.map((o: { capacity: number }) => o.capacity)).toEqual([20, 20]);
  });

  it('validates the programme as a whole, naming the field at fault', async () => {
    const base = '/api/v1/events/event-test-forum';
    const bad = await organiser.request({
      method: 'POST',
      url: `${base}/sessions`,
      payload: {
        kind: 'panel',
        title: 'Lost',
        date: '2026-05-09',
        start: '10:00',
        end: '09:00',
        venueId: 'venue-test-forum-nowhere',
      },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sessions\.\d+\.date$/),
        expect.stringMatching(/^sessions\.\d+\.end$/),
        expect.stringMatching(/^sessions\.\d+\.venueId$/),
      ]),
    );
    const clash = await organiser.request({
      method: 'POST',
      url: `${base}/sessions`,
      payload: {
        kind: 'workshop',
        title: 'Late one',
        date: '2026-05-04',
        start: '11:00',
        end: '12:00',
        choiceGroup: 'choice-test-forum-morning-workshops',
      },
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.message).toContain('same time');
    const inUse = await organiser.request({ method: 'DELETE', url: `${base}/venues/venue-test-forum-rathaus` });
    expect(inUse.statusCode).toBe(409);
  });

  it('forbids programme changes to readers, editors and anonymous visitors', async () => {
    const base = '/api/v1/events/event-test-forum';
    expect(
      (await t.anonymous.request({ method: 'POST', url: `${base}/venues`, payload: { name: 'X' } })).statusCode,
    ).toBe(401);
    expect((await reader.request({ method: 'POST', url: `${base}/venues`, payload: { name: 'X' } })).statusCode).toBe(
      403,
    );
    expect(
      (await editor.request({ method: 'PATCH', url: `${base}/settings`, payload: { status: 'published' } })).statusCode,
    ).toBe(403);
    const milan = (await reader.request({ url: `/api/v1/events/${MILAN}` })).json();
    expect(
      (await reader.request({ method: 'PUT', url: `/api/v1/events/${MILAN}`, payload: { ...milan, name: 'Hijacked' } }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await organiser.request({
          method: 'PUT',
          url: `/api/v1/events/${MILAN}/sessions/session-icc-milan-2018-d1-opening/key-messages`,
          payload: { keyMessages: ['x'] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("lets a workshop's rapporteur (and only them) record its key messages, which the programme shows", async () => {
    const base = '/api/v1/events/event-test-forum';
    const event = (await organiser.request({ url: base })).json();
    const [first, second] = event.choicePoints[0].options.map((o: { id: string }) => o.id);
    expect(
      (await organiser.request({ method: 'PUT', url: `${base}/sessions/${first}/rapporteurs/${reader.user!.id}` }))
        .statusCode,
    ).toBe(204);
    const ok = await reader.request({
      method: 'PUT',
      url: `${base}/sessions/${first}/key-messages`,
      payload: { keyMessages: ['Housing comes first.', 'Involve landlords early.'] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().sessions.find((s: { id: string }) => s.id === first).keyMessages).toEqual([
      'Housing comes first.',
      'Involve landlords early.',
    ]);
    expect(
      (
        await reader.request({
          method: 'PUT',
          url: `${base}/sessions/${second}/key-messages`,
          payload: { keyMessages: ['Not mine'] },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await editor.request({
          method: 'PUT',
          url: `${base}/sessions/${first}/key-messages`,
          payload: { keyMessages: ['Nope'] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('publishes, guards concurrent replacements with the version and keeps revisions', async () => {
    const base = '/api/v1/events/event-test-forum';
    const published = await organiser.request({
      method: 'PATCH',
      url: `${base}/settings`,
      payload: { status: 'published' },
    });
    expect(published.json().status).toBe('published');
    expect((await t.anonymous.request({ url: base })).statusCode).toBe(200);
    const current = published.json();
    const {
      status: _s,
      version,
      registrationOpen: _r,
      choicesOpen: _c,
      waitingList: _w,
      createdAt: _a,
      updatedAt: _u,
      city: _ci,
      choicePoints: _p,
      ...record
    } = current;
    const renamed = await organiser.request({
      method: 'PUT',
      url: base,
      payload: { ...record, name: 'Test forum 2026', version },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('Test forum 2026');
    const stale = await organiser.request({ method: 'PUT', url: base, payload: { ...record, name: 'Stale', version } });
    expect(stale.statusCode).toBe(409);
    const revisions = await t.db.query<{ action: string }>(
      "SELECT action FROM revisions WHERE entity_type = 'event' AND entity_id = 'event-test-forum' ORDER BY version",
    );
    expect(revisions.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['create', 'add venue', 'record key messages', 'update']),
    );
  });

  it('documents the events API in OpenAPI', async () => {
    const doc = (await t.anonymous.request({ url: '/api/v1/openapi.json' })).json();
    for (const path of [
      '/api/v1/events',
      '/api/v1/events/{id}',
      '/api/v1/events/{id}/registrations',
      '/api/v1/events/{id}/assignment',
      '/api/v1/events/{id}/sessions/{sessionId}/key-messages',
    ]) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });

  it('lets only administrators delete an event', async () => {
    expect((await organiser.request({ method: 'DELETE', url: '/api/v1/events/event-test-forum' })).statusCode).toBe(
      403,
    );
    expect((await admin.request({ method: 'DELETE', url: '/api/v1/events/event-test-forum' })).statusCode).toBe(204);
    expect((await admin.request({ url: '/api/v1/events/event-test-forum' })).statusCode).toBe(404);
  });
});
