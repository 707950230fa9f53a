import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';

/** A URL-encoded form body from name/value pairs (repeated names allowed). */
const form = (pairs: [string, string][]) =>
  pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const newPractice: [string, string][] = [
  ['name', 'Neighbourhood welcome walks'],
  ['kind', 'practice'],
  ['cityId', 'city-modena'],
  ['language', 'en'],
  ['area', 'Reception'],
  ['links', 'https://example.org/walks\r\nhttps://example.org/walks/report'],
  ['duration.text', 'Since spring 2021'],
  ['duration.start', '2021-04'],
  ['duration.end', ''],
  ['duration.ongoing', 'yes'],
  ['description', 'Residents walk newcomers through the neighbourhood.\r\n\r\n- the library\r\n- the health centre'],
  ['systematized.value', 'no'],
  ['systematized.note', ''],
  ['quantitativeResults.0.indicator', 'Walks held'],
  ['quantitativeResults.0.achieved', '39,5'],
  ['quantitativeResults.0.target', '30'],
  ['quantitativeResults.0.unit', 'walks'],
  ['quantitativeResults.1.indicator', ''],
  ['quantitativeResults.1.achieved', ''],
  ['quantitativeResults.1.target', ''],
  ['quantitativeResults.1.unit', ''],
  ['themes', 'reception'],
  ['themes', 'coexistence'],
  ['targetGroups', 'migrants'],
  ['typology', 'welcome-inclusion'],
  ['actionPlanAreas', 'housing'],
  ['source.document', ''],
  ['source.section', ''],
];

describe.each(ENGINES)('web forms on %s', (engine) => {
  let t: TestApp;
  let editor: Client;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await t.signIn('editor', 'city-modena');
  });
  afterAll(async () => t?.close());

  const post = (client: Client, url: string, pairs: [string, string][]) =>
    client.request({ method: 'POST', url, payload: form(pairs), headers: FORM });

  it('creates a draft from the form, reading lists, dates, yes/no answers and result rows', async () => {
    const res = await post(editor, '/practices/new', newPractice);
    expect(res.statusCode).toBe(303);
    id = /^\/practices\/([^?]+)\?notice=created$/.exec(res.headers.location as string)![1];
    expect(id).toBe('practice-neighbourhood-welcome-walks');
    const saved = (await editor.request({ url: `/api/v1/practices/${id}` })).json();
    expect(saved.status).toBe('draft');
    expect(saved.links).toEqual(['https://example.org/walks', 'https://example.org/walks/report']);
    expect(saved.duration).toEqual({ text: 'Since spring 2021', start: '2021-04', end: null, ongoing: true });
    expect(saved.systematized).toEqual({ value: false, note: null });
    expect(saved.quantitativeResults).toEqual([
      { indicator: 'Walks held', achieved: 39.5, target: 30, unit: 'walks', note: null },
    ]);
    expect(saved.themes).toEqual(['reception', 'coexistence']);
    expect(saved.description).toBe(
      'Residents walk newcomers through the neighbourhood.\n\n- the library\n- the health centre',
    );
    const page = await editor.request({ url: res.headers.location });
    expect(page.body).toContain('The practice was saved as a draft.');
    expect(page.body).toContain('<ul><li>the library</li><li>the health centre</li></ul>');
  });

  it('shows each problem next to its field and in a summary, keeping what was typed', async () => {
    const bad = newPractice.map(([k, v]): [string, string] =>
      k === 'name'
        ? [k, 'X']
        : k === 'links'
          ? [k, 'not a link']
          : k === 'quantitativeResults.0.achieved'
            ? [k, 'lots']
            : [k, v],
    );
    const res = await post(editor, '/practices/new', bad);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('There is a problem');
    expect(res.body).toMatch(/<a href="#f-name">Name of the practice: must have at least 2 characters<\/a>/);
    expect(res.body).toMatch(/<a href="#f-links">Links: must be a full URL/);
    expect(res.body).toMatch(/<a href="#f-quantitativeResults-0-achieved">Result 1: Achieved: Enter a number/);
    expect(res.body).toMatch(
      /<p class="field-error" id="f-name-error">\s*must have at least 2 characters\s*<\/p>\s*<input\s+type="text"\s+id="f-name"\s+name="name"\s+aria-describedby="f-name-error"\s*aria-invalid="true"/,
    );
    expect(res.body).toMatch(/id="f-quantitativeResults-0-achieved"[^>]*value="lots"/);
    expect(res.body).toContain('>not a link</textarea>');
    expect(res.body).toMatch(
      /<input\s+type="checkbox"\s+id="f-themes"\s+name="themes"\s+value="reception"\s+checked\s*\/?>/,
    );
  });

  it('edits with the version it was loaded at, and explains a conflict without losing the edit', async () => {
    const edit = await editor.request({ url: `/practices/${id}/edit` });
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toMatch(/name="version" value="1"/);
    const changed = newPractice.map(([k, v]): [string, string] =>
      k === 'area' ? [k, 'Reception and orientation'] : [k, v],
    );
    const saved = await post(editor, `/practices/${id}/edit`, [...changed, ['version', '1']]);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/practices/${id}?notice=saved`);
    const stale = await post(editor, `/practices/${id}/edit`, [
      ...changed.map(([k, v]): [string, string] => (k === 'area' ? [k, 'My stale change'] : [k, v])),
      ['version', '1'],
    ]);
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else saved this record while you were editing it (it is now at version 2)');
    expect(stale.body).toMatch(/id="f-area"[^>]*value="My stale change"/);
    expect(stale.body).toMatch(/name="version" value="2"/);
  });

  it('publishes a practice so that everyone can read it, and restores an earlier version from its history', async () => {
    expect((await t.anonymous.request({ url: `/practices/${id}` })).statusCode).toBe(404);
    const published = await post(editor, `/practices/${id}/publish`, []);
    expect(published.statusCode).toBe(303);
    const page = await t.anonymous.request({ url: `/practices/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Reception and orientation');
    const history = await editor.request({ url: `/practices/${id}/history` });
    expect(history.body).toContain('Published');
    expect(history.body).toContain('Test editor');
    expect(history.body).not.toContain('@example.org');
    const old = await editor.request({ url: `/practices/${id}/history/1` });
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain('You are looking at version 1');
    const restored = await post(editor, `/practices/${id}/history/1/restore`, []);
    expect(restored.statusCode).toBe(303);
    expect((await t.anonymous.request({ url: `/practices/${id}` })).body).toMatch(
      /<dd lang="en"><p>Reception<\/p><\/dd>/,
    );
    expect((await editor.request({ url: `/practices/${id}/history` })).body).toContain('Restored version 1');
  });

  it('edits a city profile, checking numbers and codes', async () => {
    const edit = await editor.request({ url: '/cities/city-modena/edit' });
    const value = (name: string) =>
      new RegExp(`name="${name.replace('.', '\\.')}"[^>]*value="([^"]*)"`).exec(edit.body)?.[1] ?? '';
    const base: [string, string][] = [
      'name',
      'country',
      'language',
      'region',
      'population',
      'populationYear',
      'migrantShare',
      'version',
    ].map((n) => [n, value(n)]);
    const bad = await post(
      editor,
      '/cities/city-modena/edit',
      base.map(([k, v]): [string, string] =>
        k === 'population' ? [k, 'many'] : k === 'country' ? [k, 'Italy'] : [k, v],
      ),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/<a href="#f-country">Country: must be an ISO 3166-1 alpha-2 code/);
    expect(bad.body).toMatch(/<a href="#f-population">Population: Enter a whole number/);
    const ok = await post(
      editor,
      '/cities/city-modena/edit',
      base.map(([k, v]): [string, string] => (k === 'population' ? [k, '186 500'] : [k, v])),
    );
    expect(ok.statusCode).toBe(303);
    const profile = await t.anonymous.request({ url: '/cities/city-modena' });
    expect(profile.body).toContain('186,500');
  });
});
