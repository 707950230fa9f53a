import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  ENGINES,
  EVERYONE,
  READ_ALL,
  roleMatrix,
  startTestApp,
  type TestApp,
  uniqueName,
  type Who,
  WRITERS,
} from './harness.ts';

const EDUCATION = 'education-lifelong-learning-rights-professionalization';
const COMITE = 'stakeholder-mechelen-internationaal-comite';

const unique = uniqueName;

describe.each(ENGINES)('policy labs API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-mechelen');
  });
  afterAll(async () => t?.close());

  const newLab = async (over: Record<string, unknown> = {}) => {
    const res = await as.admin.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: {
        cityId: 'city-mechelen',
        name: unique('Leerlab'),
        topic: 'Recognition of diplomas',
        area: EDUCATION,
        ...over,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; name: string; experiments: { id: string }[] } & Record<string, unknown>>();
  };

  const MATRIX: {
    name: string;
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    request: () => Promise<{ url: string; payload?: object }>;
    expect: Record<Who, number>;
  }[] = [
    { name: 'list labs', method: 'GET', request: async () => ({ url: '/api/v1/labs' }), expect: READ_ALL },
    { name: 'the method', method: 'GET', request: async () => ({ url: '/api/v1/labs/framework' }), expect: READ_ALL },
    {
      name: 'one lab',
      method: 'GET',
      request: async () => ({ url: `/api/v1/labs/${(await newLab()).id}` }),
      expect: READ_ALL,
    },
    {
      name: 'create a lab',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/labs',
        payload: {
          cityId: 'city-mechelen',
          name: unique('Zorglab'),
          topic: 'Childcare and work',
          area: 'care-work-life-balance-gender-equality',
        },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'replace a lab',
      method: 'PUT',
      request: async () => {
        const l = await newLab();
        return { url: `/api/v1/labs/${l.id}`, payload: { name: l.name, topic: 'A sharper topic', area: EDUCATION } };
      },
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'delete a lab',
      method: 'DELETE',
      request: async () => ({ url: `/api/v1/labs/${(await newLab()).id}` }),
      expect: { ...WRITERS, editor: 204, admin: 204 },
    },
    {
      name: 'update a phase',
      method: 'PUT',
      request: async () => ({
        url: `/api/v1/labs/${(await newLab()).id}/phases/discuss-evaluate`,
        payload: { status: 'in-progress' },
      }),
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'record a session',
      method: 'POST',
      request: async () => ({
        url: `/api/v1/labs/${(await newLab()).id}/sessions`,
        payload: { date: '2023-03-01', phase: 'discuss-evaluate', title: 'Kick-off' },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'add a micro-experiment',
      method: 'POST',
      request: async () => ({
        url: `/api/v1/labs/${(await newLab()).id}/experiments`,
        payload: { title: 'Diploma desk', budget: { amount: 2500 } },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: "record an experiment's result",
      method: 'PUT',
      request: async () => {
        const l = await newLab({ experiments: [{ title: 'Buddy pilot', status: 'running' }] });
        return {
          url: `/api/v1/labs/${l.id}/experiments/${l.experiments[0].id}`,
          payload: { status: 'done', result: '12 pairs formed' },
        };
      },
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'add a recommendation',
      method: 'POST',
      request: async () => ({
        url: `/api/v1/labs/${(await newLab()).id}/recommendations`,
        payload: { text: 'Open a diploma desk', practiceIds: ['practice-fuenlabrada-milma'] },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'add a participant',
      method: 'POST',
      request: async () => ({
        url: `/api/v1/labs/${(await newLab()).id}/participants`,
        payload: { stakeholderId: COMITE, group: 'migrant-stakeholder' },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'remove a participant',
      method: 'DELETE',
      request: async () => ({
        url: `/api/v1/labs/${(await newLab({ participants: [{ stakeholderId: COMITE }] })).id}/participants/${COMITE}`,
      }),
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
  ];

  describe.each(MATRIX)('$name ($method)', (route) => {
    it.each(EVERYONE)('answers %s as the role matrix says', async (who) => {
      const { url, payload } = await route.request();
      const res = await as[who].request({ method: route.method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, res.body).toBe(route.expect[who]);
    });
  });

  it('serves the method: two areas, four phases in order', async () => {
    const f = (await as.anonymous.request({ url: '/api/v1/labs/framework' })).json();
    expect(f.areas.map((a: { id: string }) => a.id)).toEqual([EDUCATION, 'care-work-life-balance-gender-equality']);
    expect(f.phases.map((p: { id: string }) => p.id)).toEqual([
      'discuss-evaluate',
      'reframe',
      'devise-test',
      'implement',
    ]);
    expect(f.longTermImpacts).toHaveLength(4);
  });

  it('accepts only the two chosen areas', async () => {
    const res = await as.editor.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: { cityId: 'city-mechelen', name: 'Housing lab', topic: 'Rents', area: 'housing' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('area');
  });

  it('runs phase by phase and says where the lab stands', async () => {
    const lab = await newLab();
    expect(lab.progress).toMatchObject({ stage: 'not-started', currentPhase: null, percent: 0 });
    const started = (
      await as.editor.request({
        method: 'PUT',
        url: `/api/v1/labs/${lab.id}/phases/discuss-evaluate`,
        payload: { status: 'in-progress', startDate: '2023-01-09' },
      })
    ).json();
    expect(started.progress).toMatchObject({
      stage: 'running',
      currentPhase: 'discuss-evaluate',
      currentPhaseNumber: 1,
      percent: 13,
    });
    const tooMany = await as.editor.request({
      method: 'PUT',
      url: `/api/v1/labs/${lab.id}/phases/discuss-evaluate`,
      payload: { ideasCollected: 10, ideasKept: 11 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.field).toBe('ideasKept');
    const done = (
      await as.editor.request({
        method: 'PUT',
        url: `/api/v1/labs/${lab.id}/phases/discuss-evaluate`,
        payload: { status: 'done', endDate: '2023-03-31', ideasCollected: 206, ideasKept: 83 },
      })
    ).json();
    expect(done.phases[0]).toMatchObject({
      status: 'done',
      startDate: '2023-01-09',
      endDate: '2023-03-31',
      ideasCollected: 206,
      ideasKept: 83,
    });
    expect(done.progress).toMatchObject({
      currentPhase: 'reframe',
      currentPhaseNumber: 2,
      phasesDone: 1,
      percent: 25,
      ideasCollected: 206,
      ideasKept: 83,
    });
    const unknown = await as.editor.request({
      method: 'PUT',
      url: `/api/v1/labs/${lab.id}/phases/celebrate`,
      payload: { status: 'done' },
    });
    expect(unknown.statusCode).toBe(404);
    for (const phase of ['reframe', 'devise-test', 'implement'])
      await as.editor.request({
        method: 'PUT',
        url: `/api/v1/labs/${lab.id}/phases/${phase}`,
        payload: { status: 'done' },
      });
    const finished = (await as.anonymous.request({ url: `/api/v1/labs/${lab.id}` })).json();
    expect(finished.progress).toMatchObject({ stage: 'completed', phasesDone: 4, percent: 100 });
  });

  it('tracks micro-experiments with budget, owner, dates and result', async () => {
    const lab = await newLab();
    const bad = await as.editor.request({
      method: 'POST',
      url: `/api/v1/labs/${lab.id}/experiments`,
      payload: { title: 'Backwards', startDate: '2023-05-01', endDate: '2023-04-01' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('endDate');
    const added = (
      await as.editor.request({
        method: 'POST',
        url: `/api/v1/labs/${lab.id}/experiments`,
        payload: {
          title: 'Language buddies',
          budget: { amount: 1500, currency: 'EUR' },
          ownerStakeholderId: COMITE,
          owner: 'Integration service',
          startDate: '2023-04-01',
          endDate: '2023-06-30',
          status: 'running',
        },
      })
    ).json();
    const e = added.experiments[0];
    const result = (
      await as.editor.request({
        method: 'PUT',
        url: `/api/v1/labs/${lab.id}/experiments/${e.id}`,
        payload: { status: 'done', result: '40 pairs met weekly' },
      })
    ).json();
    expect(result.experiments[0]).toMatchObject({
      title: 'Language buddies',
      budget: { amount: 1500, currency: 'EUR' },
      owner: 'Integration service',
      status: 'done',
      result: '40 pairs met weekly',
    });
    expect(result.progress.experiments).toEqual({ total: 1, done: 1, running: 0 });
  });

  it('cites library practices in recommendations', async () => {
    const lab = await newLab();
    const unknown = await as.editor.request({
      method: 'POST',
      url: `/api/v1/labs/${lab.id}/recommendations`,
      payload: { text: 'Copy it', practiceIds: ['practice-nowhere'] },
    });
    expect(unknown.statusCode).toBe(400);
    const ok = (
      await as.editor.request({
        method: 'POST',
        url: `/api/v1/labs/${lab.id}/recommendations`,
        payload: { text: 'Pair newcomers with employers', practiceIds: ['practice-fuenlabrada-milma'] },
      })
    ).json();
    expect(ok.recommendations[0]).toMatchObject({
      text: 'Pair newcomers with employers',
      practices: [{ id: 'practice-fuenlabrada-milma', name: 'MILMA Project' }],
    });
  });

  it("draws participants from the city's stakeholders and consenting persons", async () => {
    const lab = await newLab();
    const foreign = await as.editor.request({
      method: 'POST',
      url: `/api/v1/labs/${lab.id}/participants`,
      payload: { stakeholderId: 'stakeholder-vienna-city-of-vienna' },
    });
    expect(foreign.statusCode).toBe(400);
    const viennaPerson = (
      await as.admin.request({
        method: 'POST',
        url: '/api/v1/cities/city-vienna/contacts',
        payload: { name: 'Wien Person', consent: true, consentDate: '2023-01-01', profile: 'migrant' },
      })
    ).json();
    const wrongCity = await as.editor.request({
      method: 'POST',
      url: `/api/v1/labs/${lab.id}/participants`,
      payload: { contactId: viennaPerson.id },
    });
    expect(wrongCity.statusCode).toBe(400);
    const person = (
      await as.editor.request({
        method: 'POST',
        url: '/api/v1/cities/city-mechelen/contacts',
        payload: { name: 'Mechelen Person', consent: true, consentDate: '2023-01-01', profile: 'asylum-seeker' },
      })
    ).json();
    const added = await as.editor.request({
      method: 'POST',
      url: `/api/v1/labs/${lab.id}/participants`,
      payload: { contactId: person.id },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().people).toMatchObject({ total: 1, byProfile: { 'asylum-seeker': 1 } });
    expect((await as.otherEditor.request({ url: `/api/v1/labs/${lab.id}` })).json().people).toEqual({
      total: 1,
      byProfile: { 'asylum-seeker': 1 },
    });
    const removed = await as.editor.request({
      method: 'DELETE',
      url: `/api/v1/labs/${lab.id}/participants/${person.id}`,
    });
    expect(removed.json().people.total).toBe(0);
  });

  it('exports labs without the persons taking part, and re-imports them', async () => {
    const lab = await newLab({ participants: [{ stakeholderId: COMITE, group: 'migrant-stakeholder' }] });
    const { exportDataset, importDataset } = await import('../src/dataset-sections.ts');
    const out = await exportDataset(t.db, { includeDrafts: false });
    const labs = out.policyLabs as { id: string }[];
    expect(labs.map((l) => l.id)).toContain(lab.id);
    const summary = await importDataset(t.db, {
      format: 'convivio/v1',
      policyLabs: labs,
      policyLabFramework: out.policyLabFramework,
    });
    expect(summary.policyLabs.updated).toBe(labs.length);
  });
});
