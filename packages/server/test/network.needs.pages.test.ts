import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';

describe.each(ENGINES)('learning network pages on %s', (engine) => {
  let t: TestApp;
  let editor: Client;
  let otherEditor: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = await t.signIn('editor', 'city-mechelen');
    otherEditor = await t.signIn('editor', 'city-vienna');
  });
  afterAll(async () => t?.close());

  it('lists the challenges with their sources, and the gaps computed from the data', async () => {
    const api = (await t.anonymous.request({ url: '/api/v1/challenges' })).json().items as { name: string }[];
    expect(api.length).toBeGreaterThan(0);
    const page = (await t.anonymous.request({ url: '/challenges' })).body;
    for (const c of api) expect(page).toContain(c.name.replace(/'/g, '&#39;'));
    expect(page).toContain('MUST-a-Lab D2.1 State-of-the-Art Report');
    const gaps = (await t.anonymous.request({ url: '/api/v1/gaps' })).json();
    expect(gaps.challenges.length).toBeGreaterThan(0);
    const gapsPage = (await t.anonymous.request({ url: '/gaps' })).body;
    for (const g of gaps.challenges) expect(gapsPage).toContain(`href="/challenges#challenge-${g.id}"`);
  });

  it('shows the city section with a link to its needs and similar cities on the city page', async () => {
    const page = (await t.anonymous.request({ url: '/cities/city-mechelen' })).body;
    expect(page).toContain('href="/cities/city-mechelen/needs"');
    expect(page).toContain('Similar cities');
    expect(page).toMatch(/based on \d of 4 features/);
  });

  it("lets the city's editor name its challenges and tag its practices without JavaScript; others only read", async () => {
    const form = (await editor.request({ url: '/cities/city-mechelen/challenges' })).body;
    expect(form).toContain('action="/cities/city-mechelen/challenges"');
    expect(form).toContain('action="/practices/practice-mechelen-de-grond-der-dingen/challenges"');
    expect((await otherEditor.request({ url: '/cities/city-mechelen/challenges' })).body).not.toContain(
      'action="/cities/city-mechelen/challenges"',
    );

    const saved = await postForm(editor, '/cities/city-mechelen/challenges', [
      ['priority.housing', 'high'],
      ['priority.common-language', 'low'],
    ]);
    expect(saved.statusCode, saved.body).toBe(303);
    const city = (await t.anonymous.request({ url: '/api/v1/cities/city-mechelen/challenges' })).json();
    expect(city.challenges.map((c: { id: string; priority: string }) => `${c.id}:${c.priority}`)).toEqual([
      'housing:high',
      'common-language:low',
    ]);

    const bad = await postForm(editor, '/cities/city-mechelen/challenges', [['priority.housing', 'urgent']]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#f-priority-housing"');

    const tagged = await postForm(editor, '/practices/practice-mechelen-de-grond-der-dingen/challenges', [
      ['practice-mechelen-de-grond-der-dingen.challengeIds', 'positive-coexistence'],
      ['practice-mechelen-de-grond-der-dingen.challengeIds', 'migrant-participation'],
    ]);
    expect(tagged.statusCode, tagged.body).toBe(303);
    const practice = (
      await t.anonymous.request({ url: '/api/v1/practices/practice-mechelen-de-grond-der-dingen/challenges' })
    ).json();
    expect(practice.challenges.map((c: { id: string }) => c.id)).toEqual([
      'positive-coexistence',
      'migrant-participation',
    ]);
    expect(practice.basis).toBeNull();

    const refused = await postForm(otherEditor, '/practices/practice-mechelen-de-grond-der-dingen/challenges', [
      ['practice-mechelen-de-grond-der-dingen.challengeIds', 'housing'],
    ]);
    expect(refused.statusCode).toBe(403);
  });
});
