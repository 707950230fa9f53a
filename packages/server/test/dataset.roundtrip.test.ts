import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../src/dataset-sections.ts';
import type { Database } from '../src/db/database.ts';
import { AppError } from '../src/errors.ts';
import { type Client, ENGINES, freshDatabase, startTestApp, type TestApp } from './harness.ts';

type Json = Record<string, unknown>;
type Item = Json & { id: string };

/** The whole database in the data set format, drafts included, as the command line exports it (through JSON, as a file holds it). */
const exportAll = async (db: Database): Promise<Json> =>
  JSON.parse(JSON.stringify(await exportDataset(db, { includeDrafts: true })));
const byId = (file: Json, section: string, id: string) => (file[section] as Item[]).find((r) => r.id === id);

describe.each(ENGINES)('a data set exported after writes through the API, on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  let editor: Client;
  let reader: Client;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
    editor = await t.signIn('editor', 'city-mechelen');
    reader = await t.signIn('reader');
  });
  afterAll(async () => t?.close());

  /** Sends a request that must succeed with this status; its JSON answer. */
  const send = async (client: Client, method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object, status = 200) => {
    const res = await client.request({ method, url, payload });
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.body ? res.json() : null;
  };

  it('is imported into an empty database without a problem, and exports again exactly as it was', async () => {
    // A city, changed, and recorded as a charter signatory.
    const city = await send(
      admin,
      'POST',
      '/api/v1/cities',
      { name: 'Roundtrip Town', country: 'PL', language: 'pl' },
      201,
    );
    await send(admin, 'PUT', `/api/v1/cities/${city.id}`, {
      name: 'Roundtrip Town',
      country: 'PL',
      language: 'pl',
      population: 48_210,
      version: city.version,
    });
    await send(admin, 'PUT', `/api/v1/cities/${city.id}/charter-signatory`, { signed: true, signedOn: '2024-02-01' });

    // Practices: one edited, published and restored; one left a draft with a partner city.
    const practice = await send(
      editor,
      'POST',
      '/api/v1/practices',
      { kind: 'practice', name: 'Roundtrip buddies', cityId: 'city-mechelen', language: 'en', themes: ['language'] },
      201,
    );
    await send(editor, 'PUT', `/api/v1/practices/${practice.id}`, {
      kind: 'practice',
      name: 'Roundtrip buddies',
      cityId: 'city-mechelen',
      language: 'en',
      description: 'Pairs of neighbours',
      partnerCityIds: [city.id],
      version: 1,
    });
    await send(editor, 'POST', `/api/v1/practices/${practice.id}/publish`, {});
    await send(editor, 'POST', `/api/v1/practices/${practice.id}/revisions/2/restore`, {});
    const draft = await send(
      editor,
      'POST',
      '/api/v1/practices',
      {
        kind: 'initiative',
        name: 'Roundtrip draft',
        cityId: 'city-mechelen',
        language: 'nl',
        partnerCityIds: [city.id],
      },
      201,
    );

    // A stakeholder whose engagement moves on, in a local reference group that meets and changes members.
    const stakeholder = await send(
      editor,
      'POST',
      '/api/v1/cities/city-mechelen/stakeholders',
      {
        name: 'Roundtrip welcome desk',
        area: 'civil-society',
        practiceIds: [practice.id],
        engagementStatus: 'identified',
      },
      201,
    );
    await send(editor, 'PUT', `/api/v1/stakeholders/${stakeholder.id}`, {
      name: 'Roundtrip welcome desk',
      area: 'civil-society',
      practiceIds: [practice.id],
      engagementStatus: 'committed',
      statusDate: '2024-03-04',
      version: stakeholder.version,
    });
    const group = await send(
      editor,
      'POST',
      '/api/v1/reference-groups',
      {
        kind: 'local',
        cityId: 'city-mechelen',
        name: 'Roundtrip group',
        members: [{ stakeholderId: stakeholder.id, joined: '2024-01-10' }],
      },
      201,
    );
    await send(
      editor,
      'POST',
      `/api/v1/reference-groups/${group.id}/meetings`,
      { date: '2024-04-02', title: 'First meeting', attendance: 12, attendeeStakeholderIds: [stakeholder.id] },
      201,
    );
    const joined = await send(
      editor,
      'POST',
      `/api/v1/reference-groups/${group.id}/members`,
      { organisation: 'Neighbourhood council', joined: '2024-02-01' },
      201,
    );
    await send(editor, 'POST', `/api/v1/reference-groups/${group.id}/members/${joined.members[1].id}/leave`, {
      date: '2024-05-01',
    });

    // A policy lab going through its phases.
    const lab = await send(
      editor,
      'POST',
      '/api/v1/labs',
      {
        cityId: 'city-mechelen',
        name: 'Roundtrip lab',
        topic: 'Childcare and work',
        area: 'care-work-life-balance-gender-equality',
        participants: [{ stakeholderId: stakeholder.id, group: 'grassroots-stakeholder' }],
      },
      201,
    );
    await send(editor, 'PUT', `/api/v1/labs/${lab.id}/phases/discuss-evaluate`, {
      status: 'in-progress',
      startDate: '2024-01-15',
      ideasCollected: 20,
      ideasKept: 8,
    });
    await send(
      editor,
      'POST',
      `/api/v1/labs/${lab.id}/sessions`,
      { date: '2024-02-20', phase: 'discuss-evaluate', title: 'Kick-off', participantCount: 14 },
      201,
    );
    await send(
      editor,
      'POST',
      `/api/v1/labs/${lab.id}/experiments`,
      { title: 'Evening childcare', ownerStakeholderId: stakeholder.id, status: 'running' },
      201,
    );
    await send(
      editor,
      'POST',
      `/api/v1/labs/${lab.id}/recommendations`,
      { text: 'Pair newcomers with neighbours', practiceIds: [practice.id] },
      201,
    );

    // An event built through the programme API, its only choice group holding one session so far (as it is being built).
    const event = await send(
      admin,
      'POST',
      '/api/v1/events',
      {
        id: 'event-roundtrip',
        name: 'Roundtrip forum',
        cityId: city.id,
        timezone: 'Europe/Warsaw',
        startDate: '2026-06-01',
        endDate: '2026-06-02',
        language: 'en',
      },
      201,
    );
    const base = `/api/v1/events/${event.id}`;
    const venueId = (await send(admin, 'POST', `${base}/venues`, { name: 'Town hall', cityId: city.id }, 201)).venues[0]
      .id;
    await send(admin, 'POST', `${base}/venues/${venueId}/rooms`, { name: 'Council room', capacity: 40 }, 201);
    const groupId = (await send(admin, 'POST', `${base}/choice-groups`, { title: 'Morning workshops' }, 201))
      .choiceGroups[0].id;
    const workshop = (
      await send(
        admin,
        'POST',
        `${base}/sessions`,
        {
          kind: 'workshop',
          title: 'Housing',
          date: '2026-06-01',
          start: '10:00',
          end: '11:30',
          venueId,
          choiceGroup: groupId,
        },
        201,
      )
    ).sessions.find((s: Item) => s.title === 'Housing');
    await send(
      admin,
      'POST',
      `${base}/sessions`,
      { kind: 'plenary', title: 'Opening', date: '2026-06-01', start: '09:00', end: '09:45', venueId },
      201,
    );
    await send(admin, 'PUT', `${base}/sessions/${workshop.id}/people`, {
      people: [{ name: 'Ana Example', role: 'moderator', cityId: city.id }],
    });
    await send(admin, 'PATCH', `${base}/settings`, { status: 'published', registrationOpen: true, choicesOpen: true });
    await send(
      admin,
      'POST',
      '/api/v1/events',
      {
        id: 'event-roundtrip-draft',
        name: 'Roundtrip planning day',
        timezone: 'Europe/Brussels',
        startDate: '2026-09-01',
        endDate: '2026-09-01',
        language: 'nl',
      },
      201,
    );
    const registration = await send(
      reader,
      'POST',
      `${base}/registrations`,
      { organisation: 'City of Ghent', cityId: 'city-ghent', role: 'city-official', languages: ['en'], consent: true },
      201,
    );
    await send(reader, 'PUT', `${base}/registrations/${registration.id}/rankings`, {
      rankings: { [groupId]: [workshop.id] },
    });

    // A charter commitment of a city.
    await send(editor, 'PUT', '/api/v1/cities/city-mechelen/commitments/charter-integrating-cities-policy-maker', {
      status: 'planned',
      practiceIds: [practice.id],
    });

    const first = await exportAll(t.db);
    // The export holds what was written.
    expect(byId(first, 'cities', city.id)).toMatchObject({ population: 48_210, charterSignatory: true });
    expect((first.charter as Json).signatoryCityIds).toContain(city.id);
    expect(byId(first, 'practices', practice.id)).toMatchObject({ partnerCityIds: [city.id] });
    expect(byId(first, 'practices', practice.id)).not.toHaveProperty('status');
    expect(byId(first, 'practices', draft.id)).toMatchObject({ status: 'draft', partnerCityIds: [city.id] });
    expect(byId(first, 'stakeholders', stakeholder.id)).toMatchObject({
      engagementStatus: 'committed',
      engagementHistory: expect.arrayContaining([expect.objectContaining({ status: 'committed', date: '2024-03-04' })]),
    });
    expect(byId(first, 'referenceGroups', group.id)).toMatchObject({
      meetings: [{ title: 'First meeting' }],
      members: [{ stakeholderId: stakeholder.id }, { organisation: 'Neighbourhood council', left: '2024-05-01' }],
    });
    expect(byId(first, 'policyLabs', lab.id)).toMatchObject({
      sessions: [{ title: 'Kick-off' }],
      experiments: [{ ownerStakeholderId: stakeholder.id }],
      recommendations: [{ practiceIds: [practice.id] }],
    });
    expect(byId(first, 'events', event.id)).toMatchObject({
      choiceGroups: [{ id: groupId }],
      sessions: [{ title: 'Opening' }, { title: 'Housing', choiceGroup: groupId }],
    });
    expect(byId(first, 'events', event.id)).not.toHaveProperty('status');
    expect(byId(first, 'events', 'event-roundtrip-draft')).toMatchObject({ status: 'draft' });
    expect(JSON.stringify(first)).not.toContain(registration.id);

    const empty = await freshDatabase(engine);
    try {
      const summary = await importDataset(empty.db, first);
      expect(summary.events).toEqual({ created: (first.events as Item[]).length, updated: 0 });
      expect(summary.policyLabs).toEqual({ created: (first.policyLabs as Item[]).length, updated: 0 });
      expect(await exportAll(empty.db)).toEqual(first);
    } finally {
      await empty.drop();
    }
  });

  it('refuses through the API what the importer refuses: a partner city that does not exist', async () => {
    const res = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: {
        kind: 'practice',
        name: 'Partner nowhere',
        cityId: 'city-mechelen',
        language: 'en',
        partnerCityIds: ['city-atlantis'],
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'partnerCityIds.0',
      message: expect.stringContaining('city-atlantis'),
    });
  });

  it('refuses on import what the API refuses: lab participants and local group members of another city', async () => {
    const foreign = 'stakeholder-vienna-city-of-vienna';
    const err = await importDataset(t.db, {
      format: 'convivio/v1',
      policyLabs: [
        {
          id: 'lab-mechelen-foreign',
          cityId: 'city-mechelen',
          name: 'Foreign lab',
          topic: 'Any topic',
          area: 'care-work-life-balance-gender-equality',
          participants: [{ stakeholderId: foreign }],
        },
      ],
      referenceGroups: [
        {
          id: 'reference-group-foreign',
          kind: 'local',
          cityId: 'city-mechelen',
          name: 'Foreign group',
          members: [{ stakeholderId: foreign }],
        },
      ],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('import_invalid');
    expect(err.issues.map((i: { field: string }) => i.field)).toEqual([
      'referenceGroups[0].members.0.stakeholderId',
      'policyLabs[0].participants.0.stakeholderId',
    ]);
    expect(err.issues[0].message).toContain('belongs to city-vienna');
    const api = await editor.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: {
        cityId: 'city-mechelen',
        name: 'Foreign lab',
        topic: 'Any topic',
        area: 'care-work-life-balance-gender-equality',
        participants: [{ stakeholderId: foreign }],
      },
    });
    expect(api.statusCode).toBe(400);
    expect(api.json().error.field).toBe('participants.0.stakeholderId');
  });
});
