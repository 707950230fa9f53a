import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  ENGINES,
  EVERYONE,
  roleMatrix,
  startTestApp,
  type TestApp,
  uniqueName,
  type Who,
  WRITERS,
} from './harness.ts';

const unique = uniqueName;

describe.each(ENGINES)('stakeholder maps API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-mechelen');
  });
  afterAll(async () => t?.close());

  const newStakeholder = async (over: Record<string, unknown> = {}) => {
    const res = await as.admin.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders',
      payload: { name: unique('Buurtwerk Mechelen'), area: 'civil-society', ...over },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; version: number } & Record<string, unknown>>();
  };
  const newContact = async (over: Record<string, unknown> = {}) => {
    const res = await as.admin.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/contacts',
      payload: { name: unique('Contact'), consent: true, consentDate: '2023-02-01', ...over },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>();
  };

  /** Each route, the answer each kind of user gets; fixtures are made fresh per user so writes never collide. */
  const MATRIX: {
    name: string;
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    request: () => Promise<{ url: string; payload?: unknown }>;
    expect: Record<Who, number>;
  }[] = [
    {
      name: "list a city's stakeholders",
      method: 'GET',
      request: async () => ({ url: '/api/v1/cities/city-mechelen/stakeholders' }),
      expect: { anonymous: 200, reader: 200, otherEditor: 200, editor: 200, admin: 200 },
    },
    {
      name: 'the stakeholder map',
      method: 'GET',
      request: async () => ({ url: '/api/v1/cities/city-mechelen/stakeholders/map' }),
      expect: { anonymous: 200, reader: 200, otherEditor: 200, editor: 200, admin: 200 },
    },
    {
      name: 'one stakeholder',
      method: 'GET',
      request: async () => ({ url: '/api/v1/stakeholders/stakeholder-mechelen-internationaal-comite' }),
      expect: { anonymous: 200, reader: 200, otherEditor: 200, editor: 200, admin: 200 },
    },
    {
      name: "a practice's stakeholders",
      method: 'GET',
      request: async () => ({ url: '/api/v1/practices/practice-mechelen-de-grond-der-dingen/stakeholders' }),
      expect: { anonymous: 200, reader: 200, otherEditor: 200, editor: 200, admin: 200 },
    },
    {
      name: 'participatory methods',
      method: 'GET',
      request: async () => ({ url: '/api/v1/cities/city-mechelen/participatory-methods' }),
      expect: { anonymous: 200, reader: 200, otherEditor: 200, editor: 200, admin: 200 },
    },
    {
      name: 'map a stakeholder',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/cities/city-mechelen/stakeholders',
        payload: { name: unique('Vzw Samenleven'), area: 'migrant-communities' },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'replace a stakeholder',
      method: 'PUT',
      request: async () => {
        const s = await newStakeholder();
        return { url: `/api/v1/stakeholders/${s.id}`, payload: { name: s.name, area: 'education', influence: 4 } };
      },
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'delete a stakeholder',
      method: 'DELETE',
      request: async () => ({ url: `/api/v1/stakeholders/${(await newStakeholder()).id}` }),
      expect: { ...WRITERS, editor: 204, admin: 204 },
    },
    {
      name: 'import stakeholders from CSV',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/cities/city-mechelen/stakeholders/import',
        payload: { csv: `name,area\n${unique('Csv org')},economy\n` },
      }),
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'list contact persons',
      method: 'GET',
      request: async () => ({ url: '/api/v1/cities/city-mechelen/contacts' }),
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'record a contact person',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/cities/city-mechelen/contacts',
        payload: { name: unique('Person'), consent: true, consentDate: '2023-01-01' },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'replace a contact person',
      method: 'PUT',
      request: async () => ({
        url: `/api/v1/contacts/${(await newContact()).id}`,
        payload: { name: unique('Renamed'), consent: true, consentDate: '2023-01-02' },
      }),
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'delete a contact person',
      method: 'DELETE',
      request: async () => ({ url: `/api/v1/contacts/${(await newContact()).id}` }),
      expect: { ...WRITERS, editor: 204, admin: 204 },
    },
  ];

  describe.each(MATRIX)('$name ($method)', (route) => {
    it.each(EVERYONE)('answers %s as the role matrix says', async (who) => {
      const { url, payload } = await route.request();
      const res = await as[who].request({
        method: route.method,
        url,
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
      expect(res.statusCode, res.body).toBe(route.expect[who]);
      if (res.statusCode >= 400)
        expect(res.json().error.code).toBe(res.statusCode === 401 ? 'unauthenticated' : 'forbidden');
    });
  });

  it('lists the stakeholders the source names, with area, roles and practices', async () => {
    const body = (await as.anonymous.request({ url: '/api/v1/cities/city-mechelen/stakeholders' })).json();
    expect(body.city).toEqual({ id: 'city-mechelen', name: 'Mechelen' });
    const comite = body.items.find((s: { id: string }) => s.id === 'stakeholder-mechelen-internationaal-comite');
    expect(comite).toMatchObject({ name: 'Internationaal Comité vzw', cityId: 'city-mechelen' });
    const practice = (
      await as.anonymous.request({ url: '/api/v1/practices/practice-mechelen-de-grond-der-dingen/stakeholders' })
    ).json();
    expect(practice.items.map((s: { id: string }) => s.id)).toContain('stakeholder-mechelen-arsenaal-lazarus');
  });

  it('keeps a dated engagement history as the status changes', async () => {
    const s = await newStakeholder({ engagementStatus: 'identified', statusDate: '2023-01-10' });
    expect(s.engagementHistory).toEqual([{ status: 'identified', date: '2023-01-10', note: null }]);
    const put = await as.editor.request({
      method: 'PUT',
      url: `/api/v1/stakeholders/${s.id}`,
      payload: {
        name: s.name,
        area: 'civil-society',
        engagementStatus: 'committed',
        statusDate: '2023-03-05',
        version: s.version,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().engagementHistory.map((h: { status: string; date: string }) => `${h.date} ${h.status}`)).toEqual([
      '2023-01-10 identified',
      '2023-03-05 committed',
    ]);
    const stale = await as.editor.request({
      method: 'PUT',
      url: `/api/v1/stakeholders/${s.id}`,
      payload: { name: s.name, area: 'civil-society', version: s.version },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('validates ratings, areas and practice links, naming each field', async () => {
    const res = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders',
      payload: { name: 'Bad ratings', area: 'sports', influence: 7, practiceIds: ['practice-does-not-exist'] },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['area', 'influence']));
    const link = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders',
      payload: { name: 'Bad link', area: 'economy', practiceIds: ['practice-does-not-exist'] },
    });
    expect(link.statusCode).toBe(400);
    expect(link.json().error.field).toBe('practiceIds.0');
  });

  it('places rated stakeholders on the grid and shows thin areas in the coverage', async () => {
    const key = await newStakeholder({ area: 'economy', influence: 5, interest: 4 });
    const map = (await as.anonymous.request({ url: '/api/v1/cities/city-mechelen/stakeholders/map' })).json();
    expect(map.grid.quadrants['key-players'].map((s: { id: string }) => s.id)).toContain(key.id);
    expect(map.coverage.map((c: { area: string }) => c.area)).toEqual([
      'public-administration',
      'migrant-communities',
      'education',
      'civil-society',
      'economy',
    ]);
    const vienna = (await as.anonymous.request({ url: '/api/v1/cities/city-vienna/stakeholders/map' })).json();
    expect(vienna.coverage.filter((c: { level: string }) => c.level === 'gap').length).toBeGreaterThanOrEqual(3);
    expect(map.network.edges).toContainEqual({
      from: 'stakeholder-mechelen-arsenaal-lazarus',
      to: 'practice-mechelen-de-grond-der-dingen',
    });
  });

  it('imports a CSV all or nothing, naming the line and column of every problem', async () => {
    const before = (await as.anonymous.request({ url: '/api/v1/cities/city-mechelen/stakeholders' })).json().total;
    const bad =
      'name,area,influence,practiceIds\nGoed Vzw,civil-society,3,\nSlecht Vzw,sport,2,\n"Quoted, Org",economy,9,practice-nope\n';
    const res = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders/import',
      headers: { 'content-type': 'text/csv' },
      payload: bad,
    });
    expect(res.statusCode).toBe(422);
    const issues = res.json().error.issues as { field: string; position: number; message: string }[];
    expect(issues).toContainEqual(expect.objectContaining({ field: 'area', position: 3 }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'influence', position: 4 }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'practiceIds', position: 4 }));
    expect(issues.find((i) => i.field === 'area')!.message).toMatch(/line 3, column 2/);
    expect((await as.anonymous.request({ url: '/api/v1/cities/city-mechelen/stakeholders' })).json().total).toBe(
      before,
    );

    const good =
      'name,area,roles,influence,interest,engagementStatus,communicationChannels\nHuis van het Nederlands,education,service-provider;participant,3,4,contacted,email;WhatsApp group\n';
    const ok = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders/import',
      headers: { 'content-type': 'text/csv' },
      payload: good,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ created: 1, updated: 0 });
    const again = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders/import',
      payload: { csv: good },
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 1 });
    const s = (await as.anonymous.request({ url: `/api/v1/stakeholders/${ok.json().ids[0]}` })).json();
    expect(s).toMatchObject({
      roles: ['service-provider', 'participant'],
      influence: 3,
      interest: 4,
      communicationChannels: ['email', 'WhatsApp group'],
      quadrant: 'key-players',
    });
  });

  it('imports CSV through the web form, showing each problem with its line', async () => {
    const post = (who: Who, csv: string) =>
      as[who].request({
        method: 'POST',
        url: '/cities/city-mechelen/stakeholders/import',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ csv }).toString(),
      });
    expect((await post('reader', 'name,area\nA,economy\n')).statusCode).toBe(403);
    expect((await post('otherEditor', 'name,area\nA,economy\n')).statusCode).toBe(403);
    const bad = await post('editor', 'name,area\nRight,economy\nWrong,markets\n');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('line 3, column 2');
    const ok = await post('editor', `name,area\n${unique('Form import org')},economy\n`);
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toMatch(/notice=imported&created=1&updated=0/);
  });

  it('imports stakeholders, groups and methods from a data set file all or nothing, checking every reference', async () => {
    const { importDataset } = await import('../src/dataset-sections.ts');
    const file = {
      format: 'convivio/v1',
      stakeholders: [
        { id: 'stakeholder-mechelen-import-ok', cityId: 'city-mechelen', name: 'Import OK', area: 'economy' },
        {
          id: 'stakeholder-atlantis-harbour',
          cityId: 'city-atlantis',
          name: 'Harbour',
          area: 'economy',
          practiceIds: ['practice-nowhere'],
        },
      ],
      referenceGroups: [
        {
          id: 'reference-group-local-test',
          kind: 'local',
          cityId: 'city-mechelen',
          name: 'Test group',
          memberStakeholderIds: ['stakeholder-unknown-member'],
        },
      ],
      participatoryMethods: [
        { id: 'method-mechelen-test', cityId: 'city-mechelen', name: 'Test method', description: null },
      ],
    };
    const err = (await importDataset(t.db, file).then(
      () => null,
      (e: unknown) => e,
    )) as { code: string; issues: { field: string }[] };
    expect(err.code).toBe('import_invalid');
    expect(err.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining([
        'stakeholders[1].cityId',
        'stakeholders[1].practiceIds.0',
        'referenceGroups[0].members.0.stakeholderId',
      ]),
    );
    expect(
      (await as.anonymous.request({ url: '/api/v1/stakeholders/stakeholder-mechelen-import-ok' })).statusCode,
    ).toBe(404);
    expect(
      (await as.anonymous.request({ url: '/api/v1/cities/city-mechelen/participatory-methods' }))
        .json()
        .items.map((m: { id: string }) => m.id),
    ).not.toContain('method-mechelen-test');
    file.stakeholders.pop();
    file.referenceGroups[0].memberStakeholderIds = ['stakeholder-mechelen-import-ok'];
    const summary = await importDataset(t.db, file);
    expect(summary).toMatchObject({
      stakeholders: { created: 1 },
      referenceGroups: { created: 1 },
      participatoryMethods: { created: 1 },
    });
    const group = (await as.anonymous.request({ url: '/api/v1/reference-groups/reference-group-local-test' })).json();
    expect(group.members).toMatchObject([
      { stakeholderId: 'stakeholder-mechelen-import-ok', stakeholderName: 'Import OK', joined: null, left: null },
    ]);
  });

  it('hides the stakeholders of a city that is not published from those who may not edit it', async () => {
    const city = await as.admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { id: 'city-testville', name: 'Testville', country: 'BE', language: 'nl' },
    });
    expect(city.statusCode, city.body).toBe(201);
    expect(
      (
        await as.admin.request({
          method: 'POST',
          url: '/api/v1/cities/city-testville/stakeholders',
          payload: { name: 'Testville Council', area: 'public-administration' },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await as.admin.request({ method: 'POST', url: '/api/v1/cities/city-testville/unpublish' })).statusCode,
    ).toBe(200);
    for (const url of [
      '/api/v1/cities/city-testville/stakeholders',
      '/api/v1/cities/city-testville/stakeholders/map',
      '/cities/city-testville/stakeholders',
    ]) {
      expect((await as.anonymous.request({ url })).statusCode, url).toBe(404);
      expect((await as.admin.request({ url })).statusCode, url).toBe(200);
    }
  });

  it('records a person only with consent and a consent date', async () => {
    const noConsent = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/contacts',
      payload: { name: 'No Consent', consent: false, consentDate: '2023-01-01' },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.field).toBe('consent');
    const noDate = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/contacts',
      payload: { name: 'No Date', consent: true },
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.field).toBe('consentDate');
    const otherCity = await as.editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/contacts',
      payload: {
        name: 'Wrong org',
        consent: true,
        consentDate: '2023-01-01',
        stakeholderId: 'stakeholder-vienna-wiener-jugendzentren',
      },
    });
    expect(otherCity.statusCode).toBe(400);
  });

  it('refuses to delete a stakeholder a lab still draws on', async () => {
    const s = await newStakeholder();
    const lab = await as.editor.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: {
        cityId: 'city-mechelen',
        name: unique('Lab'),
        topic: 'Adult education',
        area: 'education-lifelong-learning-rights-professionalization',
        participants: [{ stakeholderId: s.id }],
      },
    });
    expect(lab.statusCode, lab.body).toBe(201);
    const del = await as.editor.request({ method: 'DELETE', url: `/api/v1/stakeholders/${s.id}` });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.message).toMatch(/policy lab/);
  });

  describe('personal data', () => {
    const person = { name: 'Zora Privatperson', email: 'zora.private@example.org', phone: '+32 470 99 88 77' };
    const leaks = (text: string) =>
      [person.name, person.email, person.phone, 'Privatperson'].filter((s) => text.includes(s));
    let labId: string;

    beforeAll(async () => {
      const contact = await newContact({
        ...person,
        stakeholderId: 'stakeholder-mechelen-internationaal-comite',
        profile: 'asylum-seeker',
      });
      const lab = await as.admin.request({
        method: 'POST',
        url: '/api/v1/labs',
        payload: {
          cityId: 'city-mechelen',
          name: unique('Privacy lab'),
          topic: 'Care and work',
          area: 'care-work-life-balance-gender-equality',
        },
      });
      labId = lab.json().id;
      const joined = await as.admin.request({
        method: 'POST',
        url: `/api/v1/labs/${labId}/participants`,
        payload: { contactId: contact.id },
      });
      expect(joined.statusCode, joined.body).toBe(201);
    });

    it("shows contact persons to the city's editors and administrators only", async () => {
      for (const who of ['editor', 'admin'] as const) {
        const list = await as[who].request({ url: '/api/v1/cities/city-mechelen/contacts' });
        expect(list.json().items.map((c: { email: string }) => c.email)).toContain(person.email);
      }
      for (const who of ['anonymous', 'reader', 'otherEditor'] as const) {
        const list = await as[who].request({ url: '/api/v1/cities/city-mechelen/contacts' });
        expect(list.statusCode).toBeGreaterThanOrEqual(401);
        expect(leaks(list.body)).toEqual([]);
      }
    });

    it('never appears in public answers, pages or search results', async () => {
      const urls = [
        '/api/v1/cities/city-mechelen/stakeholders',
        '/api/v1/cities/city-mechelen/stakeholders/map',
        '/api/v1/stakeholders/stakeholder-mechelen-internationaal-comite',
        '/api/v1/reference-groups',
        `/api/v1/labs/${labId}`,
        '/api/v1/labs',
        '/api/v1/reports/state-of-the-art?format=json',
        '/api/v1/reports/state-of-the-art?cities=city-mechelen&format=html',
        '/cities/city-mechelen/stakeholders',
        '/stakeholders/stakeholder-mechelen-internationaal-comite',
        `/labs/${labId}`,
        '/labs',
      ];
      for (const who of ['anonymous', 'reader', 'otherEditor'] as const) {
        for (const url of urls) {
          const res = await as[who].request({ url });
          expect(res.statusCode, `${who} ${url}`).toBe(200);
          expect(leaks(res.body), `${who} ${url}`).toEqual([]);
        }
      }
      for (const q of ['Zora', 'Privatperson', 'zora.private']) {
        const found = (await as.reader.request({ url: `/api/v1/practices?q=${encodeURIComponent(q)}` })).json();
        // Nothing matches the private words themselves; a spelling correction may find practices by another word.
        expect(found.correction?.applied ? 0 : found.total, q).toBe(0);
        expect(String(found.correction?.q ?? '').toLowerCase()).not.toContain(q.toLowerCase());
        expect(leaks(JSON.stringify(found.items))).toEqual([]);
      }
      const lab = (await as.anonymous.request({ url: `/api/v1/labs/${labId}` })).json();
      expect(lab.people).toEqual({ total: 1, byProfile: { 'asylum-seeker': 1 } });
      const editorView = (await as.editor.request({ url: `/api/v1/labs/${labId}` })).json();
      expect(editorView.people.list.map((p: { name: string }) => p.name)).toEqual([person.name]);
    });

    it('is left out of every export', async () => {
      const { exportDataset, exportSectionCsv, datasetSections } = await import('../src/dataset-sections.ts');
      const all = JSON.stringify(await exportDataset(t.db, { includeDrafts: true }));
      expect(all).toContain('stakeholder-mechelen-internationaal-comite');
      expect(leaks(all)).toEqual([]);
      for (const s of datasetSections())
        expect(leaks(await exportSectionCsv(t.db, s.key, { includeDrafts: true })), s.key).toEqual([]);
      const revisions = await t.db.query<{ record: unknown }>('SELECT record FROM revisions');
      expect(leaks(JSON.stringify(revisions.rows))).toEqual([]);
    });
  });
});
