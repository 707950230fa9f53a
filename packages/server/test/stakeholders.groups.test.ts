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

const unique = uniqueName;

describe.each(ENGINES)('reference groups API on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-mechelen');
  });
  afterAll(async () => t?.close());

  const newGroup = async (over: Record<string, unknown> = {}) => {
    const res = await as.admin.request({
      method: 'POST',
      url: '/api/v1/reference-groups',
      payload: { kind: 'local', cityId: 'city-mechelen', name: unique('Werkgroep'), ...over },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; name: string; members: { id: string }[] }>();
  };

  const MATRIX: {
    name: string;
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    request: () => Promise<{ url: string; payload?: object }>;
    expect: Record<Who, number>;
  }[] = [
    {
      name: 'list groups',
      method: 'GET',
      request: async () => ({ url: '/api/v1/reference-groups' }),
      expect: READ_ALL,
    },
    {
      name: 'one group',
      method: 'GET',
      request: async () => ({ url: '/api/v1/reference-groups/reference-group-local-mechelen' }),
      expect: READ_ALL,
    },
    {
      name: 'create a local group',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/reference-groups',
        payload: { kind: 'local', cityId: 'city-mechelen', name: unique('Lokale groep') },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'create an international group',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/reference-groups',
        payload: { kind: 'international', cityId: null, name: unique('International panel') },
      }),
      expect: { ...WRITERS, editor: 403, admin: 201 },
    },
    {
      name: 'replace a local group',
      method: 'PUT',
      request: async () => {
        const g = await newGroup();
        return {
          url: `/api/v1/reference-groups/${g.id}`,
          payload: { kind: 'local', cityId: 'city-mechelen', name: g.name, targetSize: 18 },
        };
      },
      expect: { ...WRITERS, editor: 200, admin: 200 },
    },
    {
      name: 'delete a local group',
      method: 'DELETE',
      request: async () => ({ url: `/api/v1/reference-groups/${(await newGroup()).id}` }),
      expect: { ...WRITERS, editor: 204, admin: 204 },
    },
    {
      name: 'record a meeting of the local group',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/reference-groups/reference-group-local-mechelen/meetings',
        payload: { date: '2023-04-12', title: unique('Meeting'), attendance: 16 },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'record a meeting of the international group',
      method: 'POST',
      request: async () => ({
        url: '/api/v1/reference-groups/reference-group-international/meetings',
        payload: { date: '2023-05-02', title: unique('ISRG') },
      }),
      expect: { ...WRITERS, editor: 403, admin: 201 },
    },
    {
      name: 'add a member',
      method: 'POST',
      request: async () => ({
        url: `/api/v1/reference-groups/${(await newGroup()).id}/members`,
        payload: { stakeholderId: 'stakeholder-mechelen-internationaal-comite', joined: '2023-01-15' },
      }),
      expect: { ...WRITERS, editor: 201, admin: 201 },
    },
    {
      name: 'record that a member left',
      method: 'POST',
      request: async () => {
        const g = await newGroup({
          members: [{ stakeholderId: 'stakeholder-mechelen-internationaal-comite', joined: '2023-01-15' }],
        });
        return {
          url: `/api/v1/reference-groups/${g.id}/members/${g.members[0].id}/leave`,
          payload: { date: '2023-09-30' },
        };
      },
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

  it('holds the groups the source names: seven local groups and the international one of nine members', async () => {
    const items = (await as.anonymous.request({ url: '/api/v1/reference-groups' })).json().items as {
      id: string;
      kind: string;
      targetSize: unknown;
    }[];
    const bundled = items.filter(
      (g) => g.id.startsWith('reference-group-local-') || g.id === 'reference-group-international',
    );
    expect(bundled.filter((g) => g.kind === 'local').length).toBeGreaterThanOrEqual(7);
    expect(items[0]).toMatchObject({ id: 'reference-group-international', targetSize: 9 });
    expect(items.find((g) => g.id === 'reference-group-local-modena')?.targetSize).toBe(
      'from 15 up to 20 participants',
    );
  });

  it('keeps the membership history: joined and left dates, and re-joining as a new membership', async () => {
    const g = await newGroup();
    const joined = await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/members`,
      payload: { stakeholderId: 'stakeholder-mechelen-internationaal-comite', joined: '2023-01-15' },
    });
    expect(joined.json().currentMembers).toBe(1);
    const twice = await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/members`,
      payload: { stakeholderId: 'stakeholder-mechelen-internationaal-comite' },
    });
    expect(twice.statusCode).toBe(409);
    const memberId = joined.json().members[0].id;
    const left = await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/members/${memberId}/leave`,
      payload: { date: '2023-06-30' },
    });
    expect(left.json()).toMatchObject({
      currentMembers: 0,
      members: [{ stakeholderName: 'Internationaal Comité vzw', joined: '2023-01-15', left: '2023-06-30' }],
    });
    const back = await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/members`,
      payload: { stakeholderId: 'stakeholder-mechelen-internationaal-comite', joined: '2024-02-01' },
    });
    expect(back.json().members).toHaveLength(2);
    expect(back.json().currentMembers).toBe(1);
    const early = await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/members/${back.json().members[1].id}/leave`,
      payload: { date: '2024-01-01' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.field).toBe('members.1.left');
  });

  it('records meetings with agenda, attendance and minutes, in date order', async () => {
    const g = await newGroup();
    await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/meetings`,
      payload: {
        date: '2023-05-10',
        title: 'Second',
        agenda: 'Topics for the lab',
        attendance: 17,
        minutes: 'Agreed on the topic.',
      },
    });
    const res = await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/meetings`,
      payload: { date: '2023-02-01', title: 'Kick-off' },
    });
    expect(res.json().meetings.map((m: { title: string }) => m.title)).toEqual(['Kick-off', 'Second']);
    const bad = await as.editor.request({
      method: 'POST',
      url: `/api/v1/reference-groups/${g.id}/meetings`,
      payload: { date: '2023-02-30' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('date');
  });

  it("accepts only the city's own stakeholders in a local group", async () => {
    const res = await as.admin.request({
      method: 'POST',
      url: '/api/v1/reference-groups',
      payload: {
        kind: 'local',
        cityId: 'city-mechelen',
        name: unique('Mixed'),
        members: [{ stakeholderId: 'stakeholder-vienna-city-of-vienna' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('members.0.stakeholderId');
    const intl = await as.admin.request({
      method: 'POST',
      url: '/api/v1/reference-groups/reference-group-international/members',
      payload: { stakeholderId: 'stakeholder-vienna-city-of-vienna' },
    });
    expect(intl.statusCode, intl.body).toBe(201);
  });

  it("records meetings and members through the web forms, for the city's editors only", async () => {
    const g = await newGroup();
    const form = (body: Record<string, string>) => ({
      method: 'POST' as const,
      url: `/reference-groups/${g.id}/meetings`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(body).toString(),
    });
    const refused = await as.otherEditor.request(form({ date: '2023-06-01', title: 'Not mine' }));
    expect(refused.statusCode).toBe(403);
    const anonymous = await as.anonymous.request(form({ date: '2023-06-01', title: 'Anonymous' }));
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/sign-in/);
    const invalid = await as.editor.request(form({ date: '2023-13-01', title: 'Bad date', attendance: 'many' }));
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('error-summary');
    const ok = await as.editor.request(
      form({ date: '2023-06-01', title: 'Summer meeting', attendance: '15', minutes: 'Chose the lab topic.' }),
    );
    expect(ok.statusCode).toBe(303);
    const page = await as.anonymous.request({ url: `/reference-groups/${g.id}` });
    expect(page.body).toContain('Summer meeting');
    expect(page.body).not.toContain('action="/reference-groups/' + g.id + '/meetings"');
    const member = await as.editor.request({
      method: 'POST',
      url: `/reference-groups/${g.id}/members`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'stakeholderId=stakeholder-mechelen-internationaal-comite&joined=2023-02-01',
    });
    expect(member.statusCode).toBe(303);
    expect((await as.anonymous.request({ url: `/api/v1/reference-groups/${g.id}` })).json().currentMembers).toBe(1);
  });
});
