import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const C = (role: string) => `charter-integrating-cities-${role}`;
const commitmentUrl = (city: string, role: string) => `/api/v1/cities/${city}/commitments/${C(role)}`;

describe.each(ENGINES)('charter API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-turin');
  });
  afterAll(async () => t?.close());

  const put = (who: Who, url: string, payload: object) => as[who].request({ method: 'PUT', url, payload });

  const MATRIX: { name: string; method: 'GET' | 'PUT'; url: string; payload?: object; expect: Record<Who, number> }[] =
    [
      { name: 'the charter', method: 'GET', url: '/api/v1/charter', expect: READ_ALL },
      { name: 'the report as JSON', method: 'GET', url: '/api/v1/charter/report?format=json', expect: READ_ALL },
      { name: 'the report as CSV', method: 'GET', url: '/api/v1/charter/report?format=csv', expect: READ_ALL },
      { name: "a city's commitments", method: 'GET', url: '/api/v1/cities/city-turin/commitments', expect: READ_ALL },
      {
        name: "record a commitment's status",
        method: 'PUT',
        url: commitmentUrl('city-turin', 'employer'),
        payload: { status: 'in-progress', note: 'Diversity plan for municipal staff' },
        expect: { anonymous: 401, reader: 403, otherEditor: 403, editor: 200, admin: 200 },
      },
      {
        name: 'set the signatory status',
        method: 'PUT',
        url: '/api/v1/cities/city-turin/charter-signatory',
        payload: { signed: true, signedOn: '2018-11-22' },
        expect: { anonymous: 401, reader: 403, otherEditor: 403, editor: 403, admin: 200 },
      },
    ];

  describe.each(MATRIX)('$name ($method)', (route) => {
    it.each(EVERYONE)('answers %s as the role matrix says', async (who) => {
      const res = await as[who].request({
        method: route.method,
        url: route.url,
        ...(route.payload ? { payload: route.payload } : {}),
      });
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('serves the charter: 39 signatories stated, Thessaloniki and Turin among the cities, a commitment per role', async () => {
    const c = (await as.anonymous.request({ url: '/api/v1/charter' })).json();
    expect(c).toMatchObject({
      id: 'charter-integrating-cities',
      name: 'Integrating Cities Charter',
      signatoryCount: 39,
    });
    expect(c.signatories.map((s: { city: { name: string } }) => s.city.name)).toEqual(
      expect.arrayContaining(['Thessaloniki', 'Turin']),
    );
    expect(c.signatoryCityIds).toEqual(expect.arrayContaining(['city-thessaloniki', 'city-turin']));
    expect(c.commitments.map((x: { role: string }) => x.role)).toEqual([
      'policy-maker',
      'service-provider',
      'employer',
      'buyer',
    ]);
    expect(c.description).toContain('Thirty-nine cities have already signed');
  });

  it('keeps what an editor records, with a new version each time, and shows who changed it only to those who may edit', async () => {
    const first = (
      await put('editor', commitmentUrl('city-turin', 'service-provider'), {
        status: 'planned',
        evidenceLinks: ['https://example.org/turin-plan'],
        practiceIds: ['practice-fuenlabrada-milma'],
      })
    ).json();
    expect(first).toMatchObject({
      status: 'planned',
      version: 1,
      updatedBy: 'Test editor',
      evidenceLinks: ['https://example.org/turin-plan'],
      practices: [{ id: 'practice-fuenlabrada-milma' }],
    });
    const second = (
      await put('editor', commitmentUrl('city-turin', 'service-provider'), { status: 'achieved' })
    ).json();
    expect(second).toMatchObject({ status: 'achieved', version: 2, evidenceLinks: [], practices: [] });
    const publicView = (await as.anonymous.request({ url: '/api/v1/cities/city-turin/commitments' })).json();
    const item = publicView.items.find(
      (i: { commitment: { id: string } }) => i.commitment.id === C('service-provider'),
    );
    expect(item).toMatchObject({ status: 'achieved', updatedBy: null });
    expect(publicView.items.find((i: { commitment: { id: string } }) => i.commitment.id === C('buyer'))).toMatchObject({
      status: null,
      version: 0,
    });
    const history = await t.db.query<{ version: number }>(
      "SELECT version FROM revisions WHERE entity_type = 'city-commitment' AND entity_id = $1 ORDER BY version",
      [`city-turin:${C('service-provider')}`],
    );
    expect(history.rows.map((r) => r.version)).toEqual([1, 2]);
  });

  it.each([
    ['an unknown status', { status: 'done' }, 'status'],
    [
      'a link that is not a web address',
      { status: 'planned', evidenceLinks: ['javascript:alert(1)'] },
      'evidenceLinks.0',
    ],
    [
      'a practice that does not exist',
      { status: 'planned', practiceIds: ['practice-fuenlabrada-milma', 'practice-nowhere'] },
      'practiceIds.1',
    ],
    ['a note far too long', { status: 'planned', note: 'x'.repeat(5001) }, 'note'],
  ])('rejects %s, naming the field', async (_name, payload, field) => {
    const res = await put('editor', commitmentUrl('city-turin', 'buyer'), payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', field });
    const after = (await as.editor.request({ url: '/api/v1/cities/city-turin/commitments' })).json();
    expect(after.items.find((i: { commitment: { id: string } }) => i.commitment.id === C('buyer')).status).toBeNull();
  });

  it('answers 404 for a commitment or city that does not exist', async () => {
    expect(
      (
        await put('admin', '/api/v1/cities/city-turin/commitments/charter-integrating-cities-gardener', {
          status: 'planned',
        })
      ).json().error,
    ).toMatchObject({ code: 'not_found' });
    expect((await put('admin', commitmentUrl('city-atlantis', 'buyer'), { status: 'planned' })).statusCode).toBe(404);
    expect((await as.anonymous.request({ url: '/api/v1/cities/city-atlantis/commitments' })).statusCode).toBe(404);
  });

  it('lets administrators sign a city up, with its date, and take it off again', async () => {
    const signed = await put('admin', '/api/v1/cities/city-milan/charter-signatory', {
      signed: true,
      signedOn: '2018-11-22',
    });
    expect(signed.json()).toEqual({ cityId: 'city-milan', signed: true, signedOn: '2018-11-22' });
    let c = (await as.anonymous.request({ url: '/api/v1/charter' })).json();
    expect(c.signatories).toContainEqual({
      city: { id: 'city-milan', name: 'Milan', country: 'IT' },
      signedOn: '2018-11-22',
    });
    expect((await as.anonymous.request({ url: '/api/v1/cities/city-milan/commitments' })).json().signatory).toEqual({
      signed: true,
      signedOn: '2018-11-22',
    });
    expect((await as.anonymous.request({ url: '/api/v1/cities/city-milan' })).json().charterSignatory).toBe(true);
    await put('admin', '/api/v1/cities/city-milan/charter-signatory', { signed: false });
    expect((await as.anonymous.request({ url: '/api/v1/cities/city-milan' })).json().charterSignatory).toBe(false);
    c = (await as.anonymous.request({ url: '/api/v1/charter' })).json();
    expect(c.signatoryCityIds).not.toContain('city-milan');
    expect(c.signatoryCount).toBe(39);
  });

  it.each([
    ['a date that is not in the calendar', { signed: true, signedOn: '2018-02-30' }, 'signedOn'],
    ['a date for a city that did not sign', { signed: false, signedOn: '2018-11-22' }, 'signedOn'],
    ['no answer', { signedOn: null }, 'signed'],
  ])('rejects a signatory status with %s, naming the field', async (_name, payload, field) => {
    const res = await put('admin', '/api/v1/cities/city-milan/charter-signatory', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
  });

  it('counts per commitment how many cities planned, are in progress, achieved or dropped it, and per city', async () => {
    const states: [string, string, string][] = [
      ['city-turin', 'policy-maker', 'achieved'],
      ['city-turin', 'service-provider', 'in-progress'],
      ['city-turin', 'employer', 'planned'],
      ['city-turin', 'buyer', 'dropped'],
      ['city-thessaloniki', 'policy-maker', 'achieved'],
      ['city-thessaloniki', 'employer', 'in-progress'],
      ['city-vienna', 'employer', 'planned'],
    ];
    for (const [city, role, status] of states)
      expect((await put('admin', commitmentUrl(city, role), { status })).statusCode).toBe(200);
    const r = (await as.anonymous.request({ url: '/api/v1/charter/report' })).json();
    const byCommitment = Object.fromEntries(
      r.byCommitment.map(
        (c: { role: string; planned: number; inProgress: number; achieved: number; dropped: number }) => [
          c.role,
          [c.planned, c.inProgress, c.achieved, c.dropped],
        ],
      ),
    );
    expect(byCommitment).toEqual({
      'policy-maker': [0, 0, 2, 0],
      'service-provider': [0, 1, 0, 0],
      employer: [2, 1, 0, 0],
      buyer: [0, 0, 0, 1],
    });
    expect(r.byCity).toEqual([
      {
        cityId: 'city-thessaloniki',
        cityName: 'Thessaloniki',
        signatory: true,
        planned: 0,
        inProgress: 1,
        achieved: 1,
        dropped: 0,
      },
      { cityId: 'city-turin', cityName: 'Turin', signatory: true, planned: 1, inProgress: 1, achieved: 1, dropped: 1 },
      {
        cityId: 'city-vienna',
        cityName: 'Vienna',
        signatory: false,
        planned: 1,
        inProgress: 0,
        achieved: 0,
        dropped: 0,
      },
    ]);
    const csv = await as.anonymous.request({ url: '/api/v1/charter/report?format=csv' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('scope,id,name,role,signatory,planned,in-progress,achieved,dropped');
    expect(lines).toContain('city,city-turin,Turin,,yes,1,1,1,1');
    expect(lines.find((l) => l.startsWith('commitment,charter-integrating-cities-employer,'))).toMatch(
      /,employer,,2,1,0,0$/,
    );
    const french = await as.anonymous.request({
      url: '/api/v1/charter/report?format=csv',
      headers: { 'accept-language': 'fr' },
    });
    const frRows: string[][] = parse(french.rawPayload, { bom: true });
    const keyRows: string[][] = parse(csv.rawPayload);
    expect(keyRows.length).toBeGreaterThan(1);
    expect(frRows[0]).toEqual([
      'Ligne',
      'Identifiant',
      'Nom',
      'Rôle',
      'Signataire',
      'Prévus',
      'En cours',
      'Réalisés',
      'Abandonnés',
    ]);
    expect(frRows.slice(1)).toEqual(keyRows.slice(1));
    const keys = await as.anonymous.request({ url: '/api/v1/charter/report?format=csv&headers=keys&lang=fr' });
    expect(keys.body).toBe(csv.body);
  });

  it('documents the charter routes in the OpenAPI description', async () => {
    const paths = Object.keys((await as.anonymous.request({ url: '/api/v1/openapi.json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/charter',
        '/api/v1/charter/report',
        '/api/v1/cities/{id}/commitments',
        '/api/v1/cities/{id}/commitments/{commitmentId}',
        '/api/v1/cities/{id}/charter-signatory',
      ]),
    );
  });
});
