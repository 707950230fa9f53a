import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

const EMPLOYER = 'charter-integrating-cities-employer';

describe.each(ENGINES)('monitoring cycle pages on %s', (engine) => {
  let t: TestApp;
  let turinEditor: Client;
  let viennaEditor: Client;
  let admin: Client;
  let cycleUrl: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    turinEditor = await t.signIn('editor', 'city-turin');
    viennaEditor = await t.signIn('editor', 'city-vienna');
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  it('links to the cycles from the charter page, and says when there is none yet', async () => {
    expect((await t.anonymous.request({ url: '/charter' })).body).toContain('<a href="/charter/cycles">');
    const list = await t.anonymous.request({ url: '/charter/cycles' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('No monitoring cycle has been opened yet.');
    expect(list.body).not.toContain('action="/charter/cycles"');
  });

  it('shows the administrators the form, the field at fault, and opens a cycle from it', async () => {
    expect((await admin.request({ url: '/charter/cycles' })).body).toContain('action="/charter/cycles"');
    const bad = await postForm(admin, '/charter/cycles', [
      ['name', 'Monitoring 2025–2026'],
      ['startsOn', '2025-01-01'],
      ['endsOn', '2028-01-01'],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('class="error-summary"');
    expect(bad.body).toContain('href="#f-endsOn"');
    expect(bad.body).toContain('a cycle lasts at most 2 years');
    expect(bad.body).toMatch(/id="f-name"[^>]*value="Monitoring 2025–2026"/);
    const res = await postForm(admin, '/charter/cycles', [
      ['name', 'Monitoring 2025–2026'],
      ['startsOn', '2025-01-01'],
      ['endsOn', '2026-12-31'],
    ]);
    expect(res.statusCode, res.body).toBe(303);
    cycleUrl = res.headers.location as string;
    expect(cycleUrl).toBe('/charter/cycles/cycle-monitoring-2025-2026');
    expect((await postForm(turinEditor, '/charter/cycles', [['name', 'x']])).statusCode).toBe(403);
  });

  it("shows a signatory city's assessments, the forms only to its editors, and says there is not enough data yet", async () => {
    const anonymous = (await t.anonymous.request({ url: `${cycleUrl}/cities/city-turin` })).body;
    expect(anonymous).toContain('Turin in Monitoring 2025–2026');
    expect(anonymous).toContain('Not enough data: Turin has not assessed any commitment');
    expect(anonymous).not.toContain('/assessments/');
    expect((await viennaEditor.request({ url: `${cycleUrl}/cities/city-turin` })).body).not.toContain(
      `action="${cycleUrl}/cities/city-turin/assessments/${EMPLOYER}"`,
    );
    expect((await turinEditor.request({ url: `${cycleUrl}/cities/city-turin` })).body).toContain(
      `action="${cycleUrl}/cities/city-turin/assessments/${EMPLOYER}"`,
    );
    const vienna = (await admin.request({ url: `${cycleUrl}/cities/city-vienna` })).body;
    expect(vienna).toContain('Vienna has not signed the charter');
    expect(vienna).not.toContain('assessments/');
  });

  it('saves an assessment from the form, shows it in the city and the report, and the field at fault', async () => {
    const bad = await postForm(turinEditor, `${cycleUrl}/cities/city-turin/assessments/${EMPLOYER}`, [
      [`${EMPLOYER}.status`, 'in-progress'],
      [`${EMPLOYER}.evidenceLinks`, 'not a link'],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(`href="#f-${EMPLOYER}-evidenceLinks"`);
    expect(bad.body).toContain('>not a link</textarea>');
    const res = await postForm(turinEditor, `${cycleUrl}/cities/city-turin/assessments/${EMPLOYER}`, [
      [`${EMPLOYER}.status`, 'in-progress'],
      [`${EMPLOYER}.evidence`, 'Diversity plan for municipal staff'],
    ]);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`${cycleUrl}/cities/city-turin?notice=saved`);
    const page = squashHtml((await t.anonymous.request({ url: res.headers.location })).body);
    expect(page).toContain('Diversity plan for municipal staff');
    expect(page).toContain('<h3>Employer · In progress</h3>');
    const report = squashHtml((await t.anonymous.request({ url: cycleUrl })).body);
    expect(report).toContain('Commitments by city in Monitoring 2025–2026');
    expect(report).toContain(`<a href="${cycleUrl}/cities/city-turin">Turin</a>`);
    expect(report).toContain('<td>In progress</td>');
    expect(report).toContain('format=csv');
  });

  it('compares with an earlier cycle through a form that needs no script, and closes a cycle', async () => {
    const earlier = await postForm(admin, '/charter/cycles', [
      ['name', 'Monitoring 2023–2024'],
      ['startsOn', '2023-01-01'],
      ['endsOn', '2024-12-31'],
    ]);
    const earlierId = (earlier.headers.location as string).split('/').pop();
    const withForm = (await t.anonymous.request({ url: cycleUrl })).body;
    expect(withForm).toContain('<form method="get"');
    const compared = squashHtml((await t.anonymous.request({ url: `${cycleUrl}?compare=${earlierId}` })).body);
    expect(compared).toContain('before: Not assessed');
    expect(compared).toContain('newly assessed');
    const closed = await postForm(admin, `/charter/cycles/${earlierId}/state`, [['state', 'closed']]);
    expect(closed.statusCode, closed.body).toBe(303);
    expect((await t.anonymous.request({ url: '/charter/cycles' })).body).toContain('Closed');
    const refused = await postForm(admin, `/charter/cycles/${earlierId}/cities/city-turin/assessments/${EMPLOYER}`, [
      [`${EMPLOYER}.status`, 'achieved'],
    ]);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('is closed');
    expect((await postForm(turinEditor, `/charter/cycles/${earlierId}/state`, [['state', 'open']])).statusCode).toBe(
      403,
    );
  });
});
