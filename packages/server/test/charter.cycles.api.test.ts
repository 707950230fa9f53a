import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorsOnChallenge } from '../src/mentoring/mentors.ts';
import { registerMentorOffers } from '../src/network/mentors.ts';
import {
  type Client,
  ENGINES,
  EVERYONE,
  READ_ALL,
  roleMatrix,
  startTestApp,
  type TestApp,
  type Who,
} from './harness.ts';

/** CSV rows as an independent reader sees them (a byte order mark skipped). */
const rowsOf = (csv: string | Buffer): string[][] => parse(csv, { bom: true });
const C = (role: string) => `charter-integrating-cities-${role}`;
const CYCLE = { name: 'Monitoring 2025–2027', startsOn: '2025-01-01', endsOn: '2026-12-31' };
const assess = (cycle: string, city: string, role: string) =>
  `/api/v1/charter/cycles/${cycle}/cities/${city}/assessments/${C(role)}`;

describe.each(ENGINES)('charter monitoring cycles API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;
  let cycle: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-turin');
    const res = await as.admin.request({ method: 'POST', url: '/api/v1/charter/cycles', payload: CYCLE });
    expect(res.statusCode, res.body).toBe(201);
    cycle = res.json().id;
  });
  afterAll(async () => {
    // Test files share modules within a worker: give the next file the mentoring programme's offers back.
    registerMentorOffers(mentorsOnChallenge);
    await t?.close();
  });

  const put = (who: Who, url: string, payload: object) => as[who].request({ method: 'PUT', url, payload });

  it('opens a cycle with an id from its name, open by default', async () => {
    expect(cycle).toBe('cycle-monitoring-2025-2027');
    const got = (await as.anonymous.request({ url: `/api/v1/charter/cycles/${cycle}` })).json();
    expect(got).toMatchObject({ ...CYCLE, id: cycle, state: 'open', source: null });
    const list = (await as.anonymous.request({ url: '/api/v1/charter/cycles' })).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(cycle);
  });

  describe('the role matrix', () => {
    const routes: {
      name: string;
      method: 'GET' | 'PUT' | 'POST';
      url: () => string;
      payload?: object;
      expect: Record<Who, number>;
    }[] = [
      { name: 'the cycles', method: 'GET', url: () => '/api/v1/charter/cycles', expect: READ_ALL },
      { name: 'a cycle', method: 'GET', url: () => `/api/v1/charter/cycles/${cycle}`, expect: READ_ALL },
      { name: 'the report', method: 'GET', url: () => `/api/v1/charter/cycles/${cycle}/report`, expect: READ_ALL },
      {
        name: "a city's assessments",
        method: 'GET',
        url: () => `/api/v1/charter/cycles/${cycle}/cities/city-turin/assessments`,
        expect: READ_ALL,
      },
      {
        name: "where a city's help comes from",
        method: 'GET',
        url: () => `/api/v1/charter/cycles/${cycle}/cities/city-turin/help`,
        expect: READ_ALL,
      },
      {
        name: 'open a cycle',
        method: 'POST',
        url: () => '/api/v1/charter/cycles',
        payload: { name: 'Another cycle', startsOn: '2021-01-01', endsOn: '2022-12-31', state: 'closed' },
        expect: { anonymous: 401, reader: 403, otherEditor: 403, editor: 403, admin: 201 },
      },
      {
        name: 'change a cycle',
        method: 'PUT',
        url: () => `/api/v1/charter/cycles/${cycle}`,
        payload: CYCLE,
        expect: { anonymous: 401, reader: 403, otherEditor: 403, editor: 403, admin: 200 },
      },
      {
        name: 'assess a commitment',
        method: 'PUT',
        url: () => assess(cycle, 'city-turin', 'buyer'),
        payload: { status: 'in-progress', evidence: 'Social clauses in tenders' },
        expect: { anonymous: 401, reader: 403, otherEditor: 403, editor: 200, admin: 200 },
      },
    ];
    describe.each(routes)('$name ($method)', (route) => {
      it.each(EVERYONE)('answers %s as the role matrix says', async (who) => {
        const res = await as[who].request({
          method: route.method,
          url: route.url(),
          ...(route.payload ? { payload: route.payload } : {}),
        });
        expect(res.statusCode, res.body).toBe(route.expect[who]);
      });
    });
  });

  it('keeps an assessment with a new version each time; who assessed is shown only to those who may edit', async () => {
    const first = await put('editor', assess(cycle, 'city-turin', 'service-provider'), {
      status: 'not-started',
      evidence: 'Plan drafted',
      evidenceLinks: ['https://example.org/turin'],
      practiceIds: ['practice-fuenlabrada-milma'],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      status: 'not-started',
      version: 1,
      assessedBy: 'Test editor',
      practices: [{ id: 'practice-fuenlabrada-milma' }],
    });
    const second = (
      await put('editor', assess(cycle, 'city-turin', 'service-provider'), { status: 'in-progress' })
    ).json();
    expect(second).toMatchObject({ status: 'in-progress', version: 2, evidence: null, practices: [] });
    const seen = (
      await as.anonymous.request({ url: `/api/v1/charter/cycles/${cycle}/cities/city-turin/assessments` })
    ).json();
    expect(seen.signatory).toBe(true);
    expect(seen.items).toHaveLength(4);
    const item = seen.items.find((i: { commitment: { id: string } }) => i.commitment.id === C('service-provider'));
    expect(item).toMatchObject({ status: 'in-progress', assessedBy: null, version: 2 });
    const revisions = await t.db.query<{ version: number }>(
      "SELECT version FROM revisions WHERE entity_type = 'charter-assessment' AND entity_id = $1 ORDER BY version",
      [`${cycle}:city-turin:${C('service-provider')}`],
    );
    expect(revisions.rows.map((r) => r.version)).toEqual([1, 2]);
  });

  it.each([
    ['an unknown status', { status: 'done' }, 'status'],
    [
      'a link that is not a web address',
      { status: 'achieved', evidenceLinks: ['javascript:alert(1)'] },
      'evidenceLinks.0',
    ],
    ['a practice that does not exist', { status: 'achieved', practiceIds: ['practice-nowhere'] }, 'practiceIds.0'],
  ])('rejects %s, naming the field', async (_name, payload, field) => {
    const res = await put('editor', assess(cycle, 'city-turin', 'employer'), payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
  });

  it.each([
    ['ends before it starts', { ...CYCLE, endsOn: '2024-12-31' }, 'endsOn'],
    ['lasts more than two years', { ...CYCLE, endsOn: '2027-06-30' }, 'endsOn'],
    ['has no name', { ...CYCLE, name: ' ' }, 'name'],
    ['has a date not in the calendar', { ...CYCLE, startsOn: '2025-02-30' }, 'startsOn'],
  ])('refuses a cycle that %s, naming the field', async (_name, payload, field) => {
    const res = await as.admin.request({ method: 'POST', url: '/api/v1/charter/cycles', payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('lets only signatory cities assess, and only while the cycle is open', async () => {
    const vienna = await put('admin', assess(cycle, 'city-vienna', 'buyer'), { status: 'achieved' });
    expect(vienna.statusCode, vienna.body).toBe(409);
    expect(vienna.json().error.message).toMatch(/Vienna has not signed the charter/);
    const closed = (
      await as.admin.request({
        method: 'POST',
        url: '/api/v1/charter/cycles',
        payload: { name: 'Closed cycle', startsOn: '2019-01-01', endsOn: '2020-12-31', state: 'closed' },
      })
    ).json();
    const res = await put('editor', assess(closed.id, 'city-turin', 'buyer'), { status: 'achieved' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toMatch(/is closed/);
    expect(
      (await put('admin', assess('cycle-nowhere', 'city-turin', 'buyer'), { status: 'achieved' })).statusCode,
    ).toBe(404);
    expect((await as.anonymous.request({ url: '/api/v1/charter/cycles/cycle-nowhere/report' })).statusCode).toBe(404);
  });

  it('says "not enough data" for a city that assessed nothing, then points its weakest commitments to practices and mentors', async () => {
    const empty = (
      await as.anonymous.request({ url: `/api/v1/charter/cycles/${cycle}/cities/city-thessaloniki/help` })
    ).json();
    expect(empty).toMatchObject({ status: 'not-enough-data', assessed: null, items: [] });

    registerMentorOffers(async (_db, challengeId, cityId) =>
      challengeId === 'labour-economic-integration'
        ? [{ id: `mentor-${cityId}`, name: 'A mentor from Fuenlabrada', cityId: 'city-fuenlabrada', url: null }]
        : [],
    );
    expect(
      (
        await put('admin', assess(cycle, 'city-thessaloniki', 'employer'), {
          status: 'achieved',
          practiceIds: ['practice-fuenlabrada-milma'],
        })
      ).statusCode,
    ).toBe(200);
    expect((await put('admin', assess(cycle, 'city-turin', 'employer'), { status: 'not-started' })).statusCode).toBe(
      200,
    );
    const help = (await as.anonymous.request({ url: `/api/v1/charter/cycles/${cycle}/cities/city-turin/help` })).json();
    expect(help.status).toBe('ok');
    expect(help.items.map((i: { commitment: { id: string } }) => i.commitment.id)).toEqual([
      C('employer'),
      C('service-provider'),
      C('buyer'),
    ]);
    const employer = help.items[0];
    expect(employer.practices).toEqual([
      {
        id: 'practice-fuenlabrada-milma',
        name: expect.any(String),
        cityId: 'city-thessaloniki',
        cityName: 'Thessaloniki',
        status: 'achieved',
      },
    ]);
    const challengeIds = employer.challenges.map((c: { challenge: { id: string } }) => c.challenge.id);
    expect(challengeIds).toEqual(['labour-economic-integration', 'positive-coexistence']);
    expect(employer.challenges[0].mentors).toEqual([
      { id: 'mentor-city-turin', name: 'A mentor from Fuenlabrada', cityId: 'city-fuenlabrada', url: null },
    ]);
    expect(employer.challenges[0].practices.length).toBeGreaterThan(0);
  });

  it('compares cities in a cycle and the change per commitment since an earlier cycle, as JSON and CSV', async () => {
    const earlier = (
      await as.admin.request({
        method: 'POST',
        url: '/api/v1/charter/cycles',
        payload: { name: 'Monitoring 2023–2025', startsOn: '2023-01-01', endsOn: '2024-12-31' },
      })
    ).json();
    await put('admin', assess(earlier.id, 'city-turin', 'policy-maker'), { status: 'in-progress' });
    await put('admin', assess(earlier.id, 'city-turin', 'employer'), { status: 'in-progress' });
    await put('admin', assess(cycle, 'city-turin', 'policy-maker'), { status: 'achieved' });
    const r = (
      await as.anonymous.request({ url: `/api/v1/charter/cycles/${cycle}/report?compare=${earlier.id}` })
    ).json();
    expect(r.compareWith.id).toBe(earlier.id);
    expect(r.cities.map((c: { id: string }) => c.id)).toEqual(['city-thessaloniki', 'city-turin']);
    const row = (role: string) => r.rows.find((x: { commitment: { id: string } }) => x.commitment.id === C(role));
    expect(row('policy-maker')).toMatchObject({ achieved: 1, improved: 1, declined: 0 });
    expect(row('employer')).toMatchObject({ achieved: 1, improved: 0, declined: 1 });
    expect(row('employer').cells[1]).toEqual({
      cityId: 'city-turin',
      status: 'not-started',
      previous: 'in-progress',
      change: 'declined',
    });
    const csv = await as.anonymous.request({
      url: `/api/v1/charter/cycles/${cycle}/report?compare=${earlier.id}&format=csv`,
    });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('commitment,role,city,cityName,status,previous,change');
    expect(lines).toContain(`${C('policy-maker')},policy-maker,city-turin,Turin,achieved,in-progress,improved`);
    const missing = await as.anonymous.request({ url: `/api/v1/charter/cycles/${cycle}/report?compare=cycle-nowhere` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.field).toBe('compare');
  });

  it("writes the CSV report's header row in the reader's language, the stable keys with headers=keys", async () => {
    const url = `/api/v1/charter/cycles/${cycle}/report?format=csv`;
    const keys = (await as.anonymous.request({ url })).body;
    const rows = rowsOf(keys);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[0]).toEqual(['commitment', 'role', 'city', 'cityName', 'status', 'previous', 'change']);

    const french = await as.anonymous.request({ url, headers: { 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' } });
    expect(french.statusCode).toBe(200);
    expect(french.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const fr = rowsOf(french.rawPayload);
    expect(fr[0]).toEqual([
      'Engagement',
      'Rôle',
      'Identifiant de la ville',
      'Ville',
      'Statut',
      'Statut précédent',
      'Évolution',
    ]);
    expect(fr.slice(1)).toEqual(rows.slice(1));
    expect(fr.every((r) => r.length === rows[0].length)).toBe(true);

    const german = rowsOf((await as.anonymous.request({ url: `${url}&lang=de` })).rawPayload);
    expect(german[0][6]).toBe('Veränderung');
    const scripted = await as.anonymous.request({
      url: `${url}&headers=keys`,
      headers: { 'accept-language': 'fr' },
    });
    expect(scripted.body).toBe(keys);
    const bad = await as.anonymous.request({ url: `${url}&headers=names` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/headers/);
  });

  it("lists a person's assessments in their data export", async () => {
    const res = await as.editor.request({ url: '/api/v1/account/export' });
    expect(res.statusCode, res.body).toBe(200);
    const charter = res.json().charter;
    expect(charter.assessments.length).toBeGreaterThan(0);
    expect(charter.assessments[0]).toMatchObject({ cycleId: cycle, cityId: 'city-turin' });
  });
});
