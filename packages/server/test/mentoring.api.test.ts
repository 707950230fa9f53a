import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../src/dataset-sections.ts';
import type { AppError } from '../src/errors.ts';
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

const P = '/api/v1/mentoring/programmes/programme-cities-grow';
const ENTREPRENEURS = 'theme-cities-grow-migrant-entrepreneurs';
const EDITS = { anonymous: 401, reader: 403, otherEditor: 403 } as const;

describe.each(ENGINES)('mentoring API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-ghent');
  });
  afterAll(async () => t?.close());

  const send = (who: Who, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    as[who].request({ method, url, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const programme = async (who: Who = 'anonymous') => (await as[who].request({ url: P })).json();

  const MATRIX: {
    name: string;
    method: 'GET' | 'POST' | 'PUT';
    url: string;
    payload?: unknown;
    expect: Record<Who, number>;
  }[] = [
    { name: 'the programmes', method: 'GET', url: '/api/v1/mentoring/programmes', expect: READ_ALL },
    { name: 'a programme', method: 'GET', url: P, expect: READ_ALL },
    {
      name: 'offer to mentor',
      method: 'POST',
      url: `${P}/offers`,
      payload: { themeId: ENTREPRENEURS, cityId: 'city-ghent', capacity: 1 },
      expect: { ...EDITS, editor: 201, admin: 201 },
    },
    {
      name: 'ask for a mentor',
      method: 'POST',
      url: `${P}/requests`,
      payload: { themeId: 'theme-cities-grow-anti-discrimination', cityId: 'city-ghent' },
      expect: { ...EDITS, editor: 201, admin: 201 },
    },
    {
      name: 'add a study visit',
      method: 'POST',
      url: `${P}/study-visits`,
      payload: { title: 'Visit', hostCityId: 'city-milan', eventId: 'event-icc-milan-2018' },
      expect: { ...EDITS, editor: 403, admin: 201 },
    },
    { name: 'an action plan', method: 'GET', url: `${P}/cities/city-ghent/plan`, expect: READ_ALL },
    {
      name: 'add an action',
      method: 'POST',
      url: `${P}/cities/city-ghent/plan/actions`,
      payload: { title: 'Open a one-stop shop for migrant entrepreneurs' },
      expect: { ...EDITS, editor: 201, admin: 201 },
    },
    {
      name: 'endorse the plan',
      method: 'PUT',
      url: `${P}/cities/city-ghent/plan/endorsement`,
      payload: { body: 'City council', endorsedOn: '2018-10-01' },
      expect: { ...EDITS, editor: 200, admin: 200 },
    },
    {
      name: 'a self-check',
      method: 'GET',
      url: `${P}/cities/city-ghent/self-check/${ENTREPRENEURS}`,
      expect: READ_ALL,
    },
    {
      name: 'answer a self-check',
      method: 'PUT',
      url: `${P}/cities/city-ghent/self-check/${ENTREPRENEURS}`,
      payload: { answers: [] },
      expect: { ...EDITS, editor: 200, admin: 200 },
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

  it('serves CITIES GROW as the source gives it: 4 themes, 16 cities without a stated role, 3 partners', async () => {
    const list = (await as.anonymous.request({ url: '/api/v1/mentoring/programmes' })).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual(['programme-cities-grow']);
    expect(list.items[0]).toMatchObject({ name: 'CITIES GROW', start: '2017-02', end: '2019-01', cityCount: 16 });
    const p = await programme();
    expect(p.themes.map((x: { name: string }) => x.name)).toEqual([
      'Matching buyers and suppliers: access to public and private contracts for immigrant entrepreneurs',
      'Promoting appropriate migrant participation in local labour markets through partnerships',
      'Services to promote and support migrant entrepreneurs',
      'Anti-discrimination strategies for the local job market',
    ]);
    expect(p.participants).toHaveLength(16);
    expect(p.participants[15]).toEqual({ city: { id: 'city-utrecht', name: 'Utrecht', country: 'NL' }, role: null });
    expect(p.partners.map((x: { name: string }) => x.name)).toEqual([
      'Migration Work CIC',
      'Migration Policy Institute Europe',
      'Migration Policy Group',
    ]);
    expect(p.coordinator).toBe('EUROCITIES');
  });

  it('suggests the better-fitting mentee for a mentor with one place, and says why the other has none', async () => {
    const theme = 'theme-cities-grow-labour-market-partnerships';
    const offer = await send('admin', 'POST', `${P}/offers`, {
      themeId: theme,
      cityId: 'city-munich',
      capacity: 1,
      challengeId: 'housing',
      contact: { name: 'A. Person', email: 'a.person@example.org' },
    });
    expect(offer.statusCode, offer.body).toBe(201);
    const ghent = await send('editor', 'POST', `${P}/requests`, {
      themeId: theme,
      cityId: 'city-ghent',
      challengeId: 'housing',
    });
    const vienna = await send('admin', 'POST', `${P}/requests`, { themeId: theme, cityId: 'city-vienna' });
    expect([ghent.statusCode, vienna.statusCode]).toEqual([201, 201]);

    const p = await programme('reader');
    const pairs = p.suggestedPairs.filter((s: { themeId: string }) => s.themeId === theme);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({
      offerId: offer.json().id,
      requestId: ghent.json().id,
      mentor: { id: 'city-munich' },
      mentee: { id: 'city-ghent' },
      score: 4,
      reasons: ['same-theme', 'same-challenge'],
    });
    expect(p.noMentor).toContainEqual({ requestId: vienna.json().id, reason: 'offers-full' });

    // The contact person is personal data: editors and administrators only.
    const byReader = p.offers.find((o: { id: string }) => o.id === offer.json().id);
    expect(byReader.contact).toBeNull();
    const byEditor = (await programme('otherEditor')).offers.find((o: { id: string }) => o.id === offer.json().id);
    expect(byEditor.contact).toEqual({ name: 'A. Person', email: 'a.person@example.org' });

    // The needs page's extension point lists the offer under the theme's challenge, for other cities.
    const needs = (await as.anonymous.request({ url: '/api/v1/cities/city-fuenlabrada/needs' })).json();
    const labour = needs.items.find(
      (i: { challenge: { id: string } }) => i.challenge.id === 'labour-economic-integration',
    );
    expect(labour.mentors).toContainEqual({
      id: offer.json().id,
      name: 'Munich — CITIES GROW: Promoting appropriate migrant participation in local labour markets through partnerships',
      cityId: 'city-munich',
      url: `/mentoring/programme-cities-grow#${offer.json().id}`,
    });
  });

  it('answers "no mentor" when no other city offers on the theme', async () => {
    const theme = 'theme-cities-grow-buyers-suppliers';
    const r = await send('editor', 'POST', `${P}/requests`, { themeId: theme, cityId: 'city-ghent' });
    expect(r.statusCode, r.body).toBe(201);
    expect((await programme()).noMentor).toContainEqual({ requestId: r.json().id, reason: 'no-offer-on-theme' });
  });

  it('lets only the city withdraw its post', async () => {
    const r = await send('editor', 'POST', `${P}/requests`, { themeId: ENTREPRENEURS, cityId: 'city-ghent' });
    const url = `${P}/posts/${r.json().id}`;
    expect((await send('otherEditor', 'DELETE', url)).statusCode).toBe(403);
    expect((await send('editor', 'DELETE', url)).statusCode).toBe(204);
    expect((await programme()).requests.map((x: { id: string }) => x.id)).not.toContain(r.json().id);
    expect((await send('editor', 'DELETE', url)).statusCode).toBe(404);
  });

  it.each([
    [
      'an unknown theme',
      { themeId: 'theme-nope', cityId: 'city-ghent' },
      'themeId',
      "not one of the programme's themes",
    ],
    ['a capacity of 0', { themeId: ENTREPRENEURS, cityId: 'city-ghent', capacity: 0 }, 'capacity', ''],
    [
      'an unknown challenge',
      { themeId: ENTREPRENEURS, cityId: 'city-ghent', challengeId: 'nope' },
      'challengeId',
      'not in the taxonomy',
    ],
  ])('refuses an offer with %s, naming the field', async (_name, payload, field, message) => {
    const res = await send('editor', 'POST', `${P}/offers`, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message).toContain(message);
  });

  it('links a study visit to its event, and refuses an unknown event', async () => {
    const ok = await send('admin', 'POST', `${P}/study-visits`, {
      title: 'Employment Mediation Centre',
      hostCityId: 'city-milan',
      eventId: 'event-icc-milan-2018',
      themeId: 'theme-cities-grow-labour-market-partnerships',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const visit = (await programme()).studyVisits.find((v: { id: string }) => v.id === ok.json().id);
    expect(visit).toMatchObject({
      hostCity: { id: 'city-milan' },
      event: { id: 'event-icc-milan-2018', name: 'Integrating Cities Conference', startDate: '2018-11-07' },
    });
    const bad = await send('admin', 'POST', `${P}/study-visits`, {
      title: 'X',
      hostCityId: 'city-milan',
      eventId: 'event-nope',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('eventId');
  });

  it("keeps a city's action plan: actions with owner, deadline and status, and its endorsement", async () => {
    const url = `${P}/cities/city-nantes/plan`;
    const added = await send('admin', 'POST', `${url}/actions`, {
      title: 'Train procurement officers',
      owner: 'Procurement department',
      deadline: '2019-01-31',
    });
    expect(added.statusCode, added.body).toBe(201);
    const action = added.json().actions[0];
    expect(action).toMatchObject({ title: 'Train procurement officers', status: 'planned', deadline: '2019-01-31' });
    const changed = await send('admin', 'PUT', `${url}/actions/${action.id}`, {
      ...action,
      id: undefined,
      status: 'done',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().actions).toEqual([{ ...action, status: 'done' }]);
    const bad = await send('admin', 'POST', `${url}/actions`, { title: 'X', deadline: '31/01/2019' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('deadline');
    await send('admin', 'PUT', `${url}/endorsement`, { body: 'Nantes city council', endorsedOn: null });
    expect((await as.anonymous.request({ url })).json()).toMatchObject({
      cityId: 'city-nantes',
      endorsement: { body: 'Nantes city council', endorsedOn: null },
      actions: [{ title: 'Train procurement officers', status: 'done' }],
    });
    expect((await send('admin', 'PUT', `${url}/actions/action-nope`, { title: 'X' })).statusCode).toBe(404);
  });

  it('refuses self-check answers to questions the theme does not have', async () => {
    const res = await send('editor', 'PUT', `${P}/cities/city-ghent/self-check/${ENTREPRENEURS}`, {
      answers: [{ questionId: 'q-nope', answer: 'yes' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('answers.0.questionId');
  });

  it('imports a programme with self-check questions and answers; its export re-imports unchanged', async () => {
    const exported = (await exportDataset(t.db, { includeDrafts: true })).mentoringProgrammes as Record<
      string,
      unknown
    >[];
    expect(exported).toHaveLength(1);
    const record = {
      id: 'programme-test',
      name: 'Test programme',
      themes: [
        {
          id: 'theme-test',
          name: 'Test theme',
          toolkit: {
            selfCheckQuestions: [
              { id: 'q1', text: 'Is there a strategy?', authored: 'platform' },
              { id: 'q2', text: 'Is it funded?', authored: 'platform' },
            ],
          },
        },
      ],
      participants: [{ cityId: 'city-ghent', role: 'mentee' }],
      selfChecks: [{ cityId: 'city-ghent', themeId: 'theme-test', answers: [{ questionId: 'q1', answer: 'yes' }] }],
    };
    await importDataset(t.db, { format: 'convivio/v1', mentoringProgrammes: [record] });
    const check = (
      await as.anonymous.request({
        url: '/api/v1/mentoring/programmes/programme-test/cities/city-ghent/self-check/theme-test',
      })
    ).json();
    expect(check.result).toEqual({
      questions: 2,
      answered: 1,
      yes: 1,
      partly: 0,
      no: 0,
      percent: 50,
      stage: 'developing',
    });

    const again = (await exportDataset(t.db, { includeDrafts: true })).mentoringProgrammes as Record<string, unknown>[];
    const summary = await importDataset(t.db, { format: 'convivio/v1', mentoringProgrammes: again });
    expect(summary.mentoringProgrammes).toEqual({ created: 0, updated: 2 });
    expect((await exportDataset(t.db, { includeDrafts: true })).mentoringProgrammes).toEqual(again);
  });

  it('imports all or nothing, naming the record and field of each problem', async () => {
    const err = await importDataset(t.db, {
      format: 'convivio/v1',
      mentoringProgrammes: [
        { id: 'programme-ok', name: 'Fine', themes: [{ id: 'theme-a', name: 'A' }] },
        {
          id: 'programme-bad',
          name: 'Bad',
          themes: [{ id: 'theme-a', name: 'A' }],
          studyVisits: [{ id: 'visit-x', title: 'X', hostCityId: 'city-ghent', eventId: 'event-nope' }],
        },
      ],
    }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(err?.code).toBe('import_invalid');
    expect(err?.issues?.[0]).toMatchObject({ field: 'mentoringProgrammes[1].studyVisits.0.eventId' });
    expect(err?.issues?.[0]?.message).toContain('programme-bad');
    expect((await as.anonymous.request({ url: '/api/v1/mentoring/programmes/programme-ok' })).statusCode).toBe(404);
  });
});
