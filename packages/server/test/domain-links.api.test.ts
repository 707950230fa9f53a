import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

/*
 * What one domain learns from another through the links made at the top (src/domain-links.ts):
 * a city's name and country reach its practices, a lab reaches the stakeholder network, an
 * event reaches the practice page, and an account's city is checked against the cities.
 */
describe.each(ENGINES)('links between domains on %s', (engine) => {
  let t: TestApp;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  const search = async (q: string) => {
    const res = await t.anonymous.request({ url: `/api/v1/practices?q=${encodeURIComponent(q)}` });
    expect(res.statusCode).toBe(200);
    return (res.json().items as { id: string }[]).map((i) => i.id);
  };

  it("finds a practice by its city's new name once the city is renamed, and no longer by the old one", async () => {
    const city = await admin.request({
      method: 'POST',
      url: '/api/v1/cities',
      payload: { name: 'Vrellingham', country: 'IT', language: 'it' },
    });
    expect(city.statusCode).toBe(201);
    const cityId = city.json().id as string;
    const practice = await admin.request({
      method: 'POST',
      url: '/api/v1/practices?status=published',
      payload: {
        kind: 'practice',
        name: 'Neighbourhood language cafés',
        cityId,
        language: 'en',
        description: 'Weekly conversation tables where newcomers and residents practise together.',
        themes: ['language'],
        targetGroups: ['migrants'],
      },
    });
    expect(practice.statusCode).toBe(201);
    const practiceId = practice.json().id as string;
    expect(await search('Vrellingham')).toEqual([practiceId]);
    expect(await search('Oskarsbrunn')).toEqual([]);

    const { status, version, updatedAt, practices, ...record } = (
      await admin.request({ url: `/api/v1/cities/${cityId}` })
    ).json();
    void status;
    void updatedAt;
    void practices;
    const renamed = await admin.request({
      method: 'PUT',
      url: `/api/v1/cities/${cityId}`,
      payload: { ...record, name: 'Oskarsbrunn', country: 'AT', version },
    });
    expect(renamed.statusCode).toBe(200);

    expect(await search('Oskarsbrunn')).toEqual([practiceId]);
    expect(await search('Vrellingham')).toEqual([]);
    const detail = (await t.anonymous.request({ url: `/api/v1/practices/${practiceId}` })).json();
    expect(detail.city).toEqual({ id: cityId, name: 'Oskarsbrunn', country: 'AT' });
    const austria = (await t.anonymous.request({ url: '/api/v1/practices?country=AT' }))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(austria).toContain(practiceId);
  });

  it('refuses an account for a city that does not exist, naming the field', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: 'nowhere-editor@example.org',
        name: 'Nowhere Editor',
        role: 'editor',
        cityId: 'city-nowhere',
        password: 'a long enough password',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'cityId',
      message: 'City "city-nowhere" does not exist',
    });
    const listed = (await admin.request({ url: '/api/v1/users' })).json().items.map((u: { email: string }) => u.email);
    expect(listed).not.toContain('nowhere-editor@example.org');
  });

  it("shows a city's policy labs in its stakeholder network", async () => {
    const stakeholders = (await t.anonymous.request({ url: '/api/v1/cities/city-mechelen/stakeholders' })).json()
      .items as { id: string }[];
    expect(stakeholders.length).toBeGreaterThan(0);
    const lab = await admin.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: {
        cityId: 'city-mechelen',
        name: 'Network test lab',
        topic: 'Recognition of diplomas',
        area: 'education-lifelong-learning-rights-professionalization',
        participants: [{ stakeholderId: stakeholders[0].id }],
      },
    });
    expect(lab.statusCode).toBe(201);
    const map = (await t.anonymous.request({ url: '/api/v1/cities/city-mechelen/stakeholders/map' })).json();
    expect(map.network.edges).toContainEqual({ from: stakeholders[0].id, to: lab.json().id });
  });

  it("lists on a practice's page the events where it was presented", async () => {
    const events = (await t.anonymous.request({ url: '/api/v1/practices/practice-cities-grow/events' })).json()
      .items as { eventName: string }[];
    expect(events.length).toBeGreaterThan(0);
    const page = await t.anonymous.request({ url: '/practices/practice-cities-grow' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="s-events"');
    expect(page.body).toContain(events[0].eventName);
  });
});
