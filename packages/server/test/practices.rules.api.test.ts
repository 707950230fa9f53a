import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../src/dataset-sections.ts';
import { AppError } from '../src/errors.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

const practice = (over: Record<string, unknown> = {}) => ({
  kind: 'practice',
  name: 'Evening language classes',
  cityId: 'city-modena',
  language: 'en',
  description: 'Italian classes for working parents, twice a week in the evening.',
  duration: { start: '2019', end: '2023' },
  ...over,
});

const count = async (t: TestApp, sql: string, params: unknown[] = []) =>
  Number((await t.db.query<{ n: string }>(sql, params)).rows[0].n);

describe.each(ENGINES)('practice rules across fields and the diff of revisions on %s', (engine) => {
  let t: TestApp;
  let editor: Client;
  let reader: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await t.signIn('editor', 'city-modena');
    reader = await t.signIn('reader');
  });
  afterAll(async () => t?.close());

  it('refuses to create a practice that ends before it starts, naming the end by its label', async () => {
    const before = await count(t, 'SELECT count(*) AS n FROM practices');
    const res = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: practice({ duration: { start: '2023', end: '2019' } }),
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.field).toBe('duration.end');
    expect(error.message).toMatch(/End \(2019\) is before Start \(2023\)/);
    expect(await count(t, 'SELECT count(*) AS n FROM practices')).toBe(before);
  });

  it('compares months only when both dates give one', async () => {
    const sameYear = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: practice({ name: 'Same year practice', duration: { start: '2021-05', end: '2021' } }),
    });
    expect(sameYear.statusCode).toBe(201);
    const monthBefore = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: practice({ name: 'Month before practice', duration: { start: '2021-05', end: '2021-04' } }),
    });
    expect(monthBefore.statusCode).toBe(400);
    expect(monthBefore.json().error.field).toBe('duration.end');
  });

  it('checks a quantitative result: a positive target, while a count needs no unit', async () => {
    const res = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: practice({
        name: 'Counted practice',
        quantitativeResults: [
          { indicator: 'Learners', achieved: 40, target: 50, unit: 'people' },
          { indicator: 'Jobs', achieved: 3, target: 0, unit: 'jobs' },
          { indicator: 'Hours', achieved: 120 },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.issues as { field: string; message: string }[];
    expect(issues.map((i) => i.field)).toEqual(['quantitativeResults.1.target']);
    expect(issues[0].message).toMatch(/Quantitative result 2: Target \(0\) must be greater than 0/);
  });

  it('refuses an update that puts the end before the start and keeps the stored version', async () => {
    const created = await editor.request({ method: 'POST', url: '/api/v1/practices', payload: practice() });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const res = await editor.request({
      method: 'PUT',
      url: `/api/v1/practices/${id}`,
      payload: practice({ duration: { start: '2024-03', end: '2020' }, version: 1 }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('duration.end');
    const stored = (await editor.request({ url: `/api/v1/practices/${id}` })).json();
    expect(stored.version).toBe(1);
    expect(stored.duration).toMatchObject({ start: '2019', end: '2023' });
  });

  it('refuses an import holding a practice that ends before it starts, writing nothing', async () => {
    const before = await count(t, 'SELECT count(*) AS n FROM practices');
    const err = await importDataset(t.db, {
      format: 'convivio/v1',
      practices: [
        { ...practice({ name: 'Imported fine' }), id: 'practice-imported-fine' },
        { ...practice({ name: 'Imported badly', duration: { start: '2022', end: '2018-01' } }), id: 'practice-bad' },
      ],
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const issues = (err as AppError).issues;
    expect(issues.map((i) => i.field)).toEqual(['practices[1].duration.end']);
    expect(issues[0].message).toMatch(/End \(2018-01\) is before Start \(2022\)/);
    expect(await count(t, 'SELECT count(*) AS n FROM practices')).toBe(before);
  });

  it('will not restore a revision that breaks the rules in force, and says why', async () => {
    const created = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: practice({ name: 'Practice with an old revision' }),
    });
    const id = created.json().id as string;
    const edited = await editor.request({
      method: 'PUT',
      url: `/api/v1/practices/${id}`,
      payload: practice({
        name: 'Practice with an old revision',
        duration: { start: '2019', end: '2025' },
        version: 1,
      }),
    });
    expect(edited.statusCode).toBe(200);
    // Version 1 as saved before the rule existed: its end before its start.
    await t.db.query(
      `UPDATE revisions SET record = jsonb_set(record, '{duration}', '{"text":null,"start":"2023","end":"2019","ongoing":null}')
       WHERE entity_type = 'practice' AND entity_id = $1 AND version = 1`,
      [id],
    );
    const res = await editor.request({ method: 'POST', url: `/api/v1/practices/${id}/revisions/1/restore` });
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('unprocessable');
    expect(error.field).toBe('duration.end');
    expect(error.message).toMatch(/Version 1 cannot be restored.*End \(2019\) is before Start \(2023\)/);
    const stored = (await editor.request({ url: `/api/v1/practices/${id}` })).json();
    expect(stored.version).toBe(2);
    expect(stored.duration.end).toBe('2025');
  });

  it('shows what changed between two versions, field by field, with removed and added words', async () => {
    const created = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: practice({ name: 'Practice to compare', themes: ['language'] }),
    });
    const id = created.json().id as string;
    const edited = await editor.request({
      method: 'PUT',
      url: `/api/v1/practices/${id}`,
      payload: practice({
        name: 'Practice to compare',
        description: 'Italian classes for working parents, three times a week in the evening.',
        themes: ['language', 'employment'],
        duration: { start: '2019', end: '2024' },
        version: 1,
      }),
    });
    expect(edited.statusCode).toBe(200);
    const res = await editor.request({ url: `/api/v1/practices/${id}/revisions/compare?from=1&to=2` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: 1, to: 2 });
    const fields = body.fields as { field: string; before: string | null; after: string | null; parts: unknown[] }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['description', 'duration.end', 'themes']);
    const description = fields.find((f) => f.field === 'description')!;
    expect(description.parts).toEqual([
      { op: 'same', text: 'Italian classes for working parents, ' },
      { op: 'removed', text: 'twice' },
      { op: 'added', text: 'three times' },
      { op: 'same', text: ' a week in the evening.' },
    ]);
    expect(fields.find((f) => f.field === 'duration.end')).toMatchObject({ before: '2023', after: '2024' });
    expect(fields.find((f) => f.field === 'themes')).toMatchObject({
      before: 'language',
      after: 'language, employment',
    });

    const missing = await editor.request({ url: `/api/v1/practices/${id}/revisions/compare?from=1&to=9` });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.field).toBe('to');
    expect((await reader.request({ url: `/api/v1/practices/${id}/revisions/compare?from=1&to=2` })).statusCode).toBe(
      403,
    );
    expect(
      (await t.anonymous.request({ url: `/api/v1/practices/${id}/revisions/compare?from=1&to=2` })).statusCode,
    ).toBe(401);
  });

  it('renders the comparison page with the changes marked in words, not colour alone', async () => {
    const created = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: practice({ name: 'Practice for the compare page' }),
    });
    const id = created.json().id as string;
    await editor.request({
      method: 'PUT',
      url: `/api/v1/practices/${id}`,
      payload: practice({ name: 'Practice for the compare page', description: 'Classes <b>online</b>.', version: 1 }),
    });
    const history = await editor.request({ url: `/practices/${id}/history` });
    expect(history.body).toContain(`action="/practices/${id}/history/compare"`);
    const page = await editor.request({ url: `/practices/${id}/history/compare?from=1&to=2` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<dt>Description</dt>');
    expect(page.body).toMatch(/<del\s*><span class="visually-hidden">\[removed: <\/span>Italian classes/);
    expect(page.body).toMatch(/<ins\s*><span class="visually-hidden">\[added: <\/span>&lt;b&gt;online&lt;\/b&gt;\./);
    expect(page.body).not.toContain('<b>online</b>');
  });
});
