import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';
import { eventRoles } from './event-roles.ts';
import { readSvgQr } from './qr-reader.ts';

const MILAN = 'event-icc-milan-2018';
const WORKSHOP = 'session-icc-milan-2018-d1-workshop-4';

describe.each(ENGINES)('check-in and attendance on %s', (engine) => {
  let t: TestApp;
  let participant: Client;
  let other: Client;
  let organiser: Client;
  let admin: Client;
  let participantId: string;
  let otherId: string;
  let codes: Map<string, string>;
  const checkIn = (c: Client, payload: object) =>
    c.request({ method: 'POST', url: `/api/v1/events/${MILAN}/check-ins`, payload });
  const counts = async (c: Client = organiser) =>
    (await c.request({ url: `/api/v1/events/${MILAN}/attendance` })).json();

  beforeAll(async () => {
    t = await startTestApp(engine);
    ({ participant, other, organiser, admin, participantId, otherId } = await eventRoles(t, MILAN, 'city-official'));
    await participant.request({
      method: 'PUT',
      url: `/api/v1/events/${MILAN}/registrations/${participantId}/rankings`,
      payload: { rankings: { 'choice-icc-milan-2018-workshops-1': [WORKSHOP] } },
    });
    expect(
      (await admin.request({ method: 'POST', url: `/api/v1/events/${MILAN}/assignment`, payload: {} })).statusCode,
    ).toBe(200);
    const badges = await organiser.request({ url: `/events/${MILAN}/badges` });
    expect(badges.statusCode).toBe(200);
    codes = new Map(
      [
        ...badges.body.matchAll(
          /<li class="badge-card">[\s\S]*?<p class="badge-name">([^<]+)<\/p>[\s\S]*?data-checkin-code="([0-9A-F]{32})"/g,
        ),
      ].map((m) => [m[1], m[2]]),
    );
  });
  afterAll(async () => t?.close());

  it("prints badges with role, the person's sessions and a QR code of an unguessable check-in code", async () => {
    const page = (await organiser.request({ url: `/events/${MILAN}/badges` })).body;
    const cards = page.split('<li class="badge-card">').slice(1);
    expect(cards).toHaveLength(2);
    const mine = cards.find((c) => c.includes('Ana Pérez'))!;
    expect(mine).toContain('City official');
    expect(mine).toMatch(/11-07 10:30–12:30[\s\S]*Workshop 4/);
    expect(mine).toContain('Fabbrica del Vapore');
    const code = codes.get('Ana Pérez')!;
    expect(code).toMatch(/^[0-9A-F]{32}$/);
    expect(code).not.toContain(participantId.toUpperCase());
    expect(readSvgQr(/<svg[\s\S]*?<\/svg>/.exec(mine)![0])).toBe(code);
    // Printing again keeps the codes.
    expect(page).toContain(`data-checkin-code="${code}"`);
    expect(new Set(codes.values()).size).toBe(2);
  });

  it('lets only organisers and administrators check in and see attendance (role matrix)', async () => {
    const code = codes.get('Björn Olsen')!;
    expect((await t.anonymous.request({ url: `/api/v1/events/${MILAN}/attendance` })).statusCode).toBe(401);
    expect((await participant.request({ url: `/api/v1/events/${MILAN}/attendance` })).statusCode).toBe(403);
    expect((await other.request({ url: `/api/v1/events/${MILAN}/attendance` })).statusCode).toBe(403);
    expect((await checkIn(t.anonymous, { code })).statusCode).toBe(401);
    expect((await checkIn(participant, { code })).statusCode).toBe(403);
    expect((await checkIn(other, { code })).statusCode).toBe(403);
    expect((await counts(admin)).checkedIn).toBe(0);
    const res = await checkIn(organiser, { code: code.toLowerCase() });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      participant: { id: otherId, name: 'Björn Olsen', role: 'city-official' },
      sessionId: null,
      checkedInBy: organiser.user!.id,
      alreadyCheckedIn: false,
    });
    expect((await counts(admin)).checkedIn).toBe(1);
    expect((await t.anonymous.request({ url: `/events/${MILAN}/check-in` })).statusCode).toBe(303);
    expect((await participant.request({ url: `/events/${MILAN}/check-in` })).statusCode).toBe(403);
    expect((await admin.request({ url: `/events/${MILAN}/check-in` })).statusCode).toBe(200);
    expect((await participant.request({ url: `/events/${MILAN}/badges` })).statusCode).toBe(403);
  });

  it('is idempotent: checking in again keeps the first record and the count', async () => {
    const first = (await checkIn(admin, { participantId })).json();
    expect(first.alreadyCheckedIn).toBe(false);
    expect(first.checkedInBy).toBe(admin.user!.id);
    const again = await checkIn(organiser, { code: codes.get('Ana Pérez')! });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      alreadyCheckedIn: true,
      checkedInAt: first.checkedInAt,
      checkedInBy: admin.user!.id,
    });
    const all = await counts();
    expect(all).toMatchObject({ registered: 2, checkedIn: 2 });
  });

  it('checks in per session, counting each session apart', async () => {
    expect((await checkIn(organiser, { participantId, sessionId: WORKSHOP })).json().sessionId).toBe(WORKSHOP);
    expect((await checkIn(organiser, { participantId, sessionId: WORKSHOP })).json().alreadyCheckedIn).toBe(true);
    const all = await counts();
    expect(all.sessions).toHaveLength(22);
    const bySession = new Map(
      all.sessions.map((s: { sessionId: string; checkedIn: number }) => [s.sessionId, s.checkedIn]),
    );
    expect(bySession.get(WORKSHOP)).toBe(1);
    expect([...bySession.values()].reduce((a, b) => (a as number) + (b as number), 0)).toBe(1);
    expect(all.checkedIn).toBe(2);
  });

  it('refuses bad input with a clear error naming the field', async () => {
    const unknown = await checkIn(organiser, { code: 'NOT-A-CODE' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'not_found', field: 'code' });
    const session = await checkIn(organiser, { participantId, sessionId: 'session-nope' });
    expect(session.statusCode).toBe(400);
    expect(session.json().error.field).toBe('sessionId');
    const both = await checkIn(organiser, { participantId, code: 'X' });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.issues[0].field).toBe('code');
    const neither = await checkIn(organiser, {});
    expect(neither.statusCode).toBe(400);
    expect((await admin.request({ url: `/api/v1/events/event-nope/attendance` })).statusCode).toBe(404);
  });
});
