import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, uniqueName, type Client, type TestApp } from './harness.ts';

const AREAS = ['public-administration', 'migrant-communities', 'education', 'civil-society', 'economy'];
const HEADER = 'name,area,roles,influence,interest,engagementStatus,communicationChannels,description';

/** `n` valid stakeholder rows with names made unique by `tag`. */
const rows = (tag: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `${tag} organisation ${i},${AREAS[i % 5]},service-provider;participant,${1 + (i % 5)},${1 + ((i * 3) % 5)},contacted,email,"Row ${i}, with ""quotes"""`,
  );

describe.each(ENGINES)('bulk stakeholder imports on %s', (engine) => {
  let t: TestApp;
  let editor: Client;
  const url = '/api/v1/cities/city-mechelen/stakeholders/import';
  const count = async (sql: string) => Number((await t.db.query<{ n: number }>(sql)).rows[0].n);
  const stakeholders = () => count("SELECT count(*)::int AS n FROM stakeholders WHERE city_id = 'city-mechelen'");
  const revisions = () => count("SELECT count(*)::int AS n FROM revisions WHERE entity_type = 'stakeholder'");
  const post = (csv: string) =>
    editor.request({ method: 'POST', url, headers: { 'content-type': 'text/csv' }, payload: csv });

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await t.signIn('editor', 'city-mechelen');
  });
  afterAll(async () => t?.close());

  it('refuses a file over the row limit, naming the limit, and writes nothing', async () => {
    const before = await stakeholders();
    const res = await post([HEADER, ...rows(uniqueName('Too many'), 10_001)].join('\n'));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toEqual({
      code: 'payload_too_large',
      field: 'csv',
      message:
        'Nothing was imported: the file has more than 10,000 rows, the most one import takes (IMPORT_MAX_ROWS); split it into smaller files',
    });
    expect(await stakeholders()).toBe(before);
  });

  it('imports a few thousand rows in one go, and the same file again as new versions', async () => {
    const [before, revisionsBefore] = [await stakeholders(), await revisions()];
    const csv = [HEADER, ...rows(uniqueName('Bulk'), 3000)].join('\n');
    const res = await post(csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 3000, updated: 0 });
    expect(res.json().ids).toHaveLength(3000);
    expect(await stakeholders()).toBe(before + 3000);
    expect(await revisions()).toBe(revisionsBefore + 3000);
    const one = (await editor.request({ url: `/api/v1/stakeholders/${res.json().ids[1234]}` })).json();
    expect(one).toMatchObject({
      area: AREAS[1234 % 5],
      influence: 1 + (1234 % 5),
      roles: ['service-provider', 'participant'],
      description: 'Row 1234, with "quotes"',
    });
    expect(one.engagementHistory).toEqual([expect.objectContaining({ status: 'contacted' })]);
    const again = await post(csv);
    expect(again.json()).toMatchObject({ created: 0, updated: 3000 });
    expect(await stakeholders()).toBe(before + 3000);
    const versions = await t.db.query<{ version: number }>(
      'SELECT DISTINCT version FROM stakeholders WHERE id = ANY($1)',
      [res.json().ids],
    );
    expect(versions.rows).toEqual([{ version: 2 }]);
  });

  it('writes nothing when one row of thousands is bad, naming its line and column', async () => {
    const [before, revisionsBefore] = [await stakeholders(), await revisions()];
    const lines = rows(uniqueName('Almost'), 3000);
    lines[2497] = lines[2497].replace(',education,', ',farming,');
    const res = await post([HEADER, ...lines].join('\n'));
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('import_invalid');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ field: 'area', position: 2499 });
    expect(error.issues[0].message).toMatch(/^line 2499, column 2 \(B, "area"\): /);
    expect(await stakeholders()).toBe(before);
    expect(await revisions()).toBe(revisionsBefore);
  });

  it('refuses a file over a lower configured limit through the web form, showing the limit', async () => {
    const small = await startTestApp(engine, { env: { IMPORT_MAX_ROWS: '50' } });
    try {
      const form = await small.signIn('editor', 'city-mechelen');
      const csv = [HEADER, ...rows('Form', 51)].join('\n');
      const res = await form.request({
        method: 'POST',
        url: '/cities/city-mechelen/stakeholders/import',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ csv }).toString(),
      });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('the file has more than 50 rows, the most one import takes (IMPORT_MAX_ROWS)');
      const ok = await form.request({
        method: 'POST',
        url: '/cities/city-mechelen/stakeholders/import',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ csv: [HEADER, ...rows('Form', 50)].join('\n') }).toString(),
      });
      expect(ok.statusCode).toBe(303);
      expect(ok.headers.location).toMatch(/created=50/);
    } finally {
      await small.close();
    }
  });
});
