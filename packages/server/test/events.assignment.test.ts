import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const ID = 'event-fair-day';
const API = `/api/v1/events/${ID}`;
const WS = 'choice-fair-day-workshops';
const CORNER = 'session-fair-day-d1-corner';
const VISITS = 'choice-fair-day-visits';
const W = ['session-fair-day-d1-w1', 'session-fair-day-d1-w2'];
const P = ['presentation-fair-day-a', 'presentation-fair-day-b', 'presentation-fair-day-c'];
const V = ['session-fair-day-d1-v1', 'session-fair-day-d1-v2'];

/** Two workshops of 4 seats, a corner of 3 presentations × 3 listeners in 2 rounds, two visits without a stated limit. */
const programme = {
  id: ID,
  name: 'Fair day',
  cityId: 'city-ghent',
  timezone: 'Europe/Brussels',
  startDate: '2026-03-10',
  endDate: '2026-03-10',
  language: 'en',
  venues: [
    {
      id: 'venue-fair-day-hall',
      name: 'Hall',
      rooms: [
        { id: 'room-fair-day-hall-a', name: 'Room A', capacity: 4 },
        { id: 'room-fair-day-hall-b', name: 'Room B', capacity: 4 },
      ],
    },
  ],
  choiceGroups: [
    { id: WS, title: 'Workshops' },
    { id: VISITS, title: 'Visits' },
  ],
  sessions: [
    {
      id: W[0],
      kind: 'workshop',
      label: 'Workshop 1',
      title: 'Housing',
      date: '2026-03-10',
      start: '09:00',
      end: '10:30',
      venueId: 'venue-fair-day-hall',
      roomId: 'room-fair-day-hall-a',
      choiceGroup: WS,
    },
    {
      id: W[1],
      kind: 'workshop',
      label: 'Workshop 2',
      title: 'Jobs',
      date: '2026-03-10',
      start: '09:00',
      end: '10:30',
      venueId: 'venue-fair-day-hall',
      roomId: 'room-fair-day-hall-b',
      choiceGroup: WS,
    },
    {
      id: CORNER,
      kind: 'projects-corner',
      title: 'Corner',
      date: '2026-03-10',
      start: '11:00',
      end: '12:00',
      venueId: 'venue-fair-day-hall',
      rounds: 2,
      roundMinutes: 25,
      presentations: P.map((id, i) => ({
        id,
        title: `Project ${'ABC'[i]}`,
        practiceId: i === 0 ? 'practice-cities-grow' : null,
        capacity: 3,
      })),
    },
    {
      id: V[0],
      kind: 'site-visit',
      label: 'Visit 1',
      title: 'Shelter',
      date: '2026-03-10',
      start: '14:00',
      end: '16:00',
      choiceGroup: VISITS,
    },
    {
      id: V[1],
      kind: 'site-visit',
      label: 'Visit 2',
      title: 'Job centre',
      date: '2026-03-10',
      start: '14:00',
      end: '16:00',
      choiceGroup: VISITS,
    },
  ],
};

interface Report {
  participants: number;
  worstRank: number;
  rankHistogram: Record<string, number>;
  rankShare: Record<string, number>;
  uncapped: string[];
  choicePoints: {
    id: string;
    seated: number;
    fill: { optionId: string; capacity: number | null; perRound: number[] }[];
    waiting: { participantId: string; name: string | null }[];
    moved: { participantId: string }[];
  }[];
}

describe.each(ENGINES)('fair assignment through the API on %s', (engine) => {
  let t: TestApp;
  let organiser: Client;
  const people: { client: Client; id: string }[] = [];

  async function register(rankings: Record<string, string[]>): Promise<{ client: Client; id: string }> {
    const client = await t.signIn('reader');
    const res = await client.request({
      method: 'POST',
      url: `${API}/registrations`,
      payload: { role: 'researcher', consent: true },
    });
    const id = res.json().id as string;
    expect(
      (await client.request({ method: 'PUT', url: `${API}/registrations/${id}/rankings`, payload: { rankings } }))
        .statusCode,
    ).toBe(200);
    const person = { client, id };
    people.push(person);
    return person;
  }

  async function assignments(): Promise<Map<string, Record<string, string[]>>> {
    const items = (await organiser.request({ url: `${API}/registrations` })).json().items as {
      id: string;
      assignments: Record<string, string[]>;
    }[];
    return new Map(items.map((i) => [i.id, i.assignments]));
  }

  beforeAll(async () => {
    t = await startTestApp(engine);
    const admin = await t.signIn('admin');
    expect(
      (await admin.request({ method: 'POST', url: '/api/v1/events?status=published', payload: programme })).statusCode,
    ).toBe(201);
    organiser = await t.signIn('reader');
    await admin.request({ method: 'PUT', url: `${API}/organisers/${organiser.user!.id}` });
    // Everybody wants workshop 1 and presentation A first: not everybody can have them.
    for (let i = 0; i < 6; i++)
      await register({
        [WS]: [W[0], W[1]],
        [CORNER]: [P[0], P[i % 2 ? 1 : 2], P[i % 2 ? 2 : 1]],
        [VISITS]: [V[i % 2]],
      });
  });
  afterAll(async () => t?.close());

  it('is for organisers only', async () => {
    expect((await t.anonymous.request({ method: 'POST', url: `${API}/assignment`, payload: {} })).statusCode).toBe(401);
    expect((await people[0].client.request({ method: 'POST', url: `${API}/assignment`, payload: {} })).statusCode).toBe(
      403,
    );
    expect((await people[0].client.request({ url: `${API}/assignment` })).statusCode).toBe(403);
  });

  it('seats everybody once per choice point and round, within capacities, never twice at the same presentation', async () => {
    const res = await organiser.request({ method: 'POST', url: `${API}/assignment`, payload: {} });
    expect(res.statusCode).toBe(200);
    const report = res.json<Report>();
    expect(report.participants).toBe(6);
    const got = await assignments();
    for (const p of people) {
      const a = got.get(p.id)!;
      expect(a[WS]).toHaveLength(1);
      expect(a[VISITS]).toHaveLength(1);
      expect(a[CORNER]).toHaveLength(2);
      expect(new Set(a[CORNER]).size).toBe(2);
    }
    const count = (point: string, option: string, round = 0) =>
      [...got.values()].filter((a) => a[point][round] === option).length;
    expect(count(WS, W[0])).toBe(4);
    expect(count(WS, W[1])).toBe(2);
    for (const option of P) for (const round of [0, 1]) expect(count(CORNER, option, round)).toBeLessThanOrEqual(3);
    const corner = report.choicePoints.find((c) => c.id === CORNER)!;
    expect(corner.fill.map((f) => f.perRound.reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0)).toBe(12);
    // Everyone ranked at most second at the workshops; visits follow the single choice given.
    for (const p of people) expect(got.get(p.id)![VISITS][0]).toBe(V[people.indexOf(p) % 2]);
    expect(report.rankHistogram['1']).toBeGreaterThan(report.rankHistogram['2'] ?? 0);
    expect(report.uncapped).toEqual(V);
  });

  it("shows each participant their assignment in their agenda, and no one else's", async () => {
    const me = people[0];
    const agenda = (await me.client.request({ url: `${API}/registrations/${me.id}/agenda` })).json().items as {
      status: string;
      choicePointId: string | null;
      round: number | null;
    }[];
    expect(agenda.filter((i) => i.status === 'assigned').map((i) => `${i.choicePointId}:${i.round}`)).toEqual([
      `${WS}:1`,
      `${CORNER}:1`,
      `${CORNER}:2`,
      `${VISITS}:1`,
    ]);
    expect((await people[1].client.request({ url: `${API}/registrations/${me.id}/agenda` })).statusCode).toBe(404);
  });

  it('re-runs after late registrations moving as few people as possible, and says who moved', async () => {
    const before = await assignments();
    await register({ [WS]: [W[1]], [CORNER]: [P[1], P[2]] });
    await register({ [WS]: [W[1]], [CORNER]: [P[2], P[1]] });
    const res = await organiser.request({ method: 'POST', url: `${API}/assignment`, payload: {} });
    expect(res.statusCode).toBe(200);
    const report = res.json<Report>();
    const after = await assignments();
    let moved = 0;
    let changedSessions = 0;
    for (const [id, a] of before) {
      for (const point of [WS, CORNER, VISITS]) {
        const was = a[point];
        const now = after.get(id)![point];
        if (JSON.stringify(was) !== JSON.stringify(now)) moved++;
        changedSessions += now.filter((o) => !was.includes(o)).length;
      }
    }
    // The report lists exactly who moved (a changed session or round); nobody had to change sessions.
    expect(moved).toBe(report.choicePoints.reduce((n, c) => n + c.moved.length, 0));
    expect(changedSessions).toBe(0);
    expect(after.get(people[6].id)![WS]).toEqual([W[1]]);
    expect(after.get(people[7].id)![WS]).toEqual([W[1]]);
    const stored = (await organiser.request({ url: `${API}/assignment` })).json().report as Report;
    expect(stored.participants).toBe(8);
  });

  it('answers 422 naming the choice point and the shortfall when there are more people than seats', async () => {
    await register({ [WS]: [W[0]] });
    const res = await organiser.request({ method: 'POST', url: `${API}/assignment`, payload: {} });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('unprocessable');
    expect(error.field).toBe(`choicePoints.${WS}`);
    expect(error.message).toContain('Workshops');
    expect(error.message).toContain('9 participants need 9 seats');
    expect(error.message).toContain('shortfall of 1 seat');
    const kept = await assignments();
    expect(kept.get(people[8].id)).toEqual({});
  });

  it('puts those who cannot be seated on the waiting list when the organiser enables it', async () => {
    const settings = await organiser.request({
      method: 'PATCH',
      url: `${API}/settings`,
      payload: { waitingList: true },
    });
    expect(settings.json().waitingList).toBe(true);
    const res = await organiser.request({ method: 'POST', url: `${API}/assignment`, payload: {} });
    expect(res.statusCode).toBe(200);
    const ws = res.json<Report>().choicePoints.find((c) => c.id === WS)!;
    expect(ws.seated).toBe(8);
    expect(ws.waiting).toEqual([{ participantId: people[8].id, name: people[8].client.user!.name }]);
    const agenda = (await people[8].client.request({ url: `${API}/registrations/${people[8].id}/agenda` })).json()
      .items as { status: string; choicePointId: string }[];
    expect(agenda.find((i) => i.choicePointId === WS)!.status).toBe('waiting');
  });

  it('frees the seat of a participant who withdraws', async () => {
    const leaving = people[0];
    expect(
      (await leaving.client.request({ method: 'DELETE', url: `${API}/registrations/${leaving.id}` })).statusCode,
    ).toBe(204);
    const res = await organiser.request({ method: 'POST', url: `${API}/assignment`, payload: {} });
    const ws = res.json<Report>().choicePoints.find((c) => c.id === WS)!;
    expect(ws.waiting).toEqual([]);
    expect((await assignments()).get(people[8].id)![WS]).toEqual([W[0]]);
  });

  it('assigns the Milan conference: every participant gets their first choice when no capacity limits them', async () => {
    const milan = '/api/v1/events/event-icc-milan-2018';
    const admin = await t.signIn('admin');
    for (const n of [1, 2, 3]) {
      const c = await t.signIn('reader');
      const id = (
        await c.request({
          method: 'POST',
          url: `${milan}/registrations`,
          payload: { role: 'city-official', consent: true },
        })
      ).json().id;
      await c.request({
        method: 'PUT',
        url: `${milan}/registrations/${id}/rankings`,
        payload: { rankings: { 'choice-icc-milan-2018-workshops-1': [`session-icc-milan-2018-d1-workshop-${n}`] } },
      });
    }
    const report = (await admin.request({ method: 'POST', url: `${milan}/assignment`, payload: {} })).json<Report>();
    expect(report.participants).toBe(3);
    expect(report.choicePoints.map((c) => c.id)).toHaveLength(4);
    const ws1 = report.choicePoints.find((c) => c.id === 'choice-icc-milan-2018-workshops-1')!;
    expect(ws1.fill.slice(0, 3).map((f) => f.perRound[0])).toEqual([1, 1, 1]);
    const corner = report.choicePoints.find((c) => c.id === 'session-icc-milan-2018-d1-projects-corner')!;
    expect(corner.seated).toBe(3);
  });
});
