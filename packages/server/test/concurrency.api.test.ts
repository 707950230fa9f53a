import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, ENGINES, startTestApp, type TestApp } from './harness.ts';

/** Every versioned record's update route, the table it lives in, its revisions' entity name and a text field to change. */
const RESOURCES = [
  { name: 'practice', path: 'practices', table: 'practices', entity: 'practice', field: 'description' },
  { name: 'city profile', path: 'cities', table: 'cities', entity: 'city', field: 'challenges' },
  { name: 'stakeholder', path: 'stakeholders', table: 'stakeholders', entity: 'stakeholder', field: 'description' },
  {
    name: 'reference group',
    path: 'reference-groups',
    table: 'reference_groups',
    entity: 'reference-group',
    field: 'description',
  },
  { name: 'policy lab', path: 'labs', table: 'policy_labs', entity: 'policy-lab', field: 'description' },
  { name: 'event', path: 'events', table: 'events', entity: 'event', field: 'description' },
] as const;

const CLIENTS = 8;
const ROUNDS = 4;

describe.each(ENGINES)('concurrent edits of versioned records on %s', (engine) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await t.signIn('admin');
    // The bundled data set holds no policy lab: make one.
    const lab = await admin.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: {
        cityId: 'city-mechelen',
        name: 'Concurrency lab',
        topic: 'Edits made at once',
        area: 'care-work-life-balance-gender-equality',
      },
    });
    expect(lab.statusCode, lab.body).toBe(201);
  });
  afterAll(async () => t?.close());

  const current = async (table: string, id: string) =>
    (
      await t.db.query<{ version: number; record: Record<string, unknown> }>(
        `SELECT version, record FROM ${table} WHERE id = $1`,
        [id],
      )
    ).rows[0];
  const revisionCount = async (entity: string, id: string) =>
    (
      await t.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM revisions WHERE entity_type = $1 AND entity_id = $2',
        [entity, id],
      )
    ).rows[0].n;

  it.each(RESOURCES)(
    'lets exactly one of $name edits made at once from the same version win; the others get 409 with the current version',
    async (r) => {
      const id = (await t.db.query<{ id: string }>(`SELECT id FROM ${r.table} ORDER BY id LIMIT 1`)).rows[0]?.id;
      expect(id, `the database holds a ${r.name}`).toBeTruthy();
      const initial = (await current(r.table, id)).version;
      const revisionsBefore = await revisionCount(r.entity, id);
      for (let round = 1; round <= ROUNDS; round++) {
        const { version, record } = await current(r.table, id);
        const texts = Array.from({ length: CLIENTS }, (_, c) => `Edited in round ${round} by client ${c}`);
        const answers = await Promise.all(
          texts.map((text) =>
            admin.request({
              method: 'PUT',
              url: `/api/v1/${r.path}/${id}`,
              payload: { ...record, [r.field]: text, version },
            }),
          ),
        );
        const statuses = answers.map((a) => a.statusCode);
        expect(
          statuses.filter((s) => s >= 500),
          answers
            .filter((a) => a.statusCode >= 500)
            .map((a) => a.body)
            .join('\n'),
        ).toEqual([]);
        expect(
          statuses.filter((s) => s === 200),
          statuses.join(','),
        ).toHaveLength(1);
        const losers = answers.filter((a) => a.statusCode !== 200);
        expect(losers.map((a) => a.statusCode)).toEqual(Array(CLIENTS - 1).fill(409));
        for (const a of losers) {
          expect(a.json().error).toMatchObject({
            code: 'conflict',
            field: 'version',
            details: { currentVersion: version + 1 },
          });
        }
        const winner = texts[statuses.indexOf(200)];
        const after = await current(r.table, id);
        expect(after.version).toBe(version + 1);
        expect(after.record[r.field]).toBe(winner);
      }
      expect((await current(r.table, id)).version).toBe(initial + ROUNDS);
      expect(await revisionCount(r.entity, id)).toBe(revisionsBefore + ROUNDS);
    },
  );

  it.each([
    {
      name: 'practice',
      url: '/api/v1/practices',
      payload: { kind: 'practice', name: 'Made twice at once', cityId: 'city-mechelen', language: 'en' },
    },
    {
      name: 'stakeholder',
      url: '/api/v1/cities/city-mechelen/stakeholders',
      payload: { name: 'Made twice at once', area: 'civil-society' },
    },
  ])(
    'creates a $name asked for several times at once exactly once; the others get 409 naming the id',
    async ({ url, payload }) => {
      const answers = await Promise.all(
        Array.from({ length: CLIENTS }, () => admin.request({ method: 'POST', url, payload })),
      );
      const statuses = answers.map((a) => a.statusCode);
      expect(
        statuses.filter((s) => s === 201),
        answers.map((a) => a.body).join('\n'),
      ).toHaveLength(1);
      expect(statuses.filter((s) => s !== 201)).toEqual(Array(CLIENTS - 1).fill(409));
      for (const a of answers.filter((x) => x.statusCode === 409))
        expect(a.json().error).toMatchObject({ code: 'conflict', field: 'id' });
    },
  );

  it('keeps every one of several additions made at once to a record (meetings of a reference group)', async () => {
    const id = 'reference-group-local-mechelen';
    const before = await current('reference_groups', id);
    const titles = Array.from({ length: CLIENTS }, (_, c) => `Meeting added at once ${c}`);
    const answers = await Promise.all(
      titles.map((title) =>
        admin.request({
          method: 'POST',
          url: `/api/v1/reference-groups/${id}/meetings`,
          payload: { date: '2024-03-01', title },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(CLIENTS).fill(201));
    const after = await current('reference_groups', id);
    expect(after.version).toBe(before.version + CLIENTS);
    const kept = (after.record.meetings as { title: string }[]).map((m) => m.title);
    expect(titles.filter((t) => kept.includes(t))).toEqual(titles);
  });
});
