import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../src/dataset-sections.ts';
import { listRevisions } from '../src/revisions/service.ts';
import { ENGINES, postForm, roleMatrix, startTestApp, type Client, type TestApp, type Who } from './harness.ts';
import { squashHtml } from './html-squash.ts';

const PAGE = '/mentoring/programme-check/themes/theme-check';
const API = '/api/v1/mentoring/programmes/programme-check/cities/city-ghent/self-check/theme-check';

/** A programme whose one theme has two self-check questions and is mapped to a challenge. */
const PROGRAMME = {
  id: 'programme-check',
  name: 'Check',
  themes: [
    {
      id: 'theme-check',
      name: 'Check theme',
      challengeIds: ['migrant-entrepreneurship'],
      toolkit: {
        selfCheckQuestions: [
          { id: 'q1', text: 'Is there a strategy?', authored: 'platform' },
          { id: 'q2', text: 'Is it funded?', authored: 'platform' },
        ],
      },
    },
    { id: 'theme-other', name: 'Other theme' },
  ],
  participants: [{ cityId: 'city-ghent' }, { cityId: 'city-modena' }],
};

describe.each(ENGINES)('self-check answers on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    await importDataset(t.db, { format: 'convivio/v1', mentoringProgrammes: [PROGRAMME] });
    as = await roleMatrix(t, 'city-ghent');
  });
  afterAll(async () => t?.close());

  it("lets only the city's editors and administrators save answers from the page", async () => {
    const url = `${PAGE}/self-check/city-ghent`;
    for (const who of ['reader', 'otherEditor'] as const) {
      const res = await postForm(as[who], url, [['q.q1', 'yes']]);
      expect(res.statusCode, who).toBe(403);
    }
    const anonymous = await postForm(as.anonymous, url, [['q.q1', 'yes']]);
    expect(String(anonymous.headers.location)).toMatch(/^\/sign-in/);
    const api = await as.anonymous.request({ url: API });
    expect(api.json()).toMatchObject({ answers: [], answeredAt: null, result: { answered: 0, stage: 'not-started' } });
  });

  it('stores the answers, records who gave them, and shows anyone where the city stands, question by question', async () => {
    const saved = await postForm(as.editor, `${PAGE}/self-check/city-ghent`, [['q.q1', 'partly']]);
    expect(saved.statusCode, saved.body).toBe(303);
    expect(saved.headers.location).toBe(`${PAGE}?city=city-ghent&notice=saved#stand-h`);

    const api = (await as.anonymous.request({ url: API })).json();
    expect(api.answers).toEqual([{ questionId: 'q1', answer: 'partly' }]);
    expect(Date.now() - Date.parse(api.answeredAt)).toBeLessThan(60_000);
    expect(api.result).toMatchObject({ questions: 2, answered: 1, partly: 1, percent: 25, stage: 'starting' });

    const page = squashHtml((await as.anonymous.request({ url: `${PAGE}?city=city-ghent` })).body);
    expect(page).toContain('Where Ghent stands');
    expect(page).toContain('25 % (1 of 2 questions answered)');
    expect(page).toContain('Last saved on');
    expect(page).toContain('<caption id="answers-caption">Answers of Ghent</caption>');
    expect(page).toContain('<th scope="row">Is there a strategy?</th><td>Partly</td>');
    expect(page).toContain('<th scope="row">Is it funded?</th><td>Not answered</td>');
    expect(page).not.toContain(`action="${PAGE}/self-check/`);
    // The city can be chosen without a script: a GET form listing the participating cities.
    expect(page).toContain(`<form method="get" action="${PAGE}"`);
    expect(page).toContain('<label for="f-city">Show the answers of</label>');
    expect(page).toContain('<option value="city-modena">Modena</option>');

    const revs = await listRevisions(t.db, 'mentoring-self-check', 'programme-check:city-ghent:theme-check');
    expect(revs).toHaveLength(1);
    expect(revs[0]!.record).toEqual({
      programmeId: 'programme-check',
      cityId: 'city-ghent',
      themeId: 'theme-check',
      answers: [{ questionId: 'q1', answer: 'partly' }],
    });
    expect(revs[0]!.authorId).toBe(as.editor.user!.id);

    const changed = await as.admin.request({
      method: 'PUT',
      url: API,
      payload: {
        answers: [
          { questionId: 'q1', answer: 'yes' },
          { questionId: 'q2', answer: 'yes' },
        ],
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().result).toMatchObject({ answered: 2, percent: 100, stage: 'established' });
    const after = await listRevisions(t.db, 'mentoring-self-check', 'programme-check:city-ghent:theme-check');
    expect(after.map((r) => [r.version, r.authorId])).toEqual([
      [2, as.admin.user!.id],
      [1, as.editor.user!.id],
    ]);
  });

  it("lists the editor's self-check changes in their personal-data export, not another member's", async () => {
    const mine = (await as.editor.request({ url: '/api/v1/account/export' })).json();
    const entries = mine.revisions.filter((r: { entityType: string }) => r.entityType === 'mentoring-self-check');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityId: 'programme-check:city-ghent:theme-check', version: 1 });
    const other = (await as.otherEditor.request({ url: '/api/v1/account/export' })).json();
    expect(JSON.stringify(other.revisions)).not.toContain('mentoring-self-check');
  });

  it("suggests what to read next: published practices on the theme's challenges and the theme's mentors", async () => {
    const before = squashHtml((await as.anonymous.request({ url: PAGE })).body);
    expect(before).toContain('No published practice addresses this theme&#39;s challenges yet.');
    expect(before).toContain('No city offers to mentor on this theme yet.');

    const tagged = await as.admin.request({
      method: 'PUT',
      url: '/api/v1/practices/practice-modena-siamo/challenges',
      payload: { challengeIds: ['migrant-entrepreneurship'] },
    });
    expect(tagged.statusCode, tagged.body).toBe(200);
    const practice = (await as.anonymous.request({ url: '/api/v1/practices/practice-modena-siamo' })).json();
    for (const [themeId, cityId] of [
      ['theme-check', 'city-modena'],
      ['theme-other', 'city-ghent'],
    ]) {
      const offer = await as.admin.request({
        method: 'POST',
        url: '/api/v1/mentoring/programmes/programme-check/offers',
        payload: { themeId, cityId, capacity: 1 },
      });
      expect(offer.statusCode, offer.body).toBe(201);
    }
    const programme = (await as.anonymous.request({ url: '/api/v1/mentoring/programmes/programme-check' })).json();
    const mentor = programme.offers.find((o: { themeId: string }) => o.themeId === 'theme-check');

    const page = squashHtml((await as.anonymous.request({ url: PAGE })).body);
    const next = page.slice(page.indexOf('id="read-next-h"'));
    expect(next).toContain(
      `<a href="/practices/practice-modena-siamo">${practice.name.replaceAll("'", '&#39;')}</a>(Modena)`,
    );
    expect(next).toContain(`<a href="/mentoring/programme-check#${mentor.id}">Modena</a>`);
    expect(next).not.toContain('>Ghent</a>');
  });
});
