import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

const EMPLOYER = 'charter-integrating-cities-employer';

describe.each(ENGINES)('charter pages on %s', (engine) => {
  let t: TestApp;
  let turinEditor: Client;
  let viennaEditor: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    turinEditor = await t.signIn('editor', 'city-turin');
    viennaEditor = await t.signIn('editor', 'city-vienna');
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  it('shows the charter: what it is, the four roles with their commitments, the signatory cities and the report', async () => {
    const res = await t.anonymous.request({ url: '/charter' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Integrating Cities Charter</h1>');
    for (const heading of [
      'As policy-makers',
      'As service providers',
      'As employers',
      'As buyers of goods and services',
    ])
      expect(res.body).toContain(`<h3>${heading}</h3>`);
    expect(res.body).toContain('39 cities have signed the charter, as the source states.');
    const page = squashHtml(res.body);
    expect(page).toContain('<a href="/cities/city-thessaloniki">Thessaloniki</a>');
    expect(page).toContain('<a href="/cities/city-turin">Turin</a>');
    expect(page).toContain('<caption>Cities per commitment and status</caption>');
    expect(res.body).toContain('href="/api/v1/charter/report?format=csv"');
  });

  it('links to the charter from the list of cities', async () => {
    expect((await t.anonymous.request({ url: '/cities' })).body).toContain('<a href="/charter">');
  });

  it("shows a city's commitments to everyone, and the editing forms only to its editors and administrators", async () => {
    const anonymous = (await t.anonymous.request({ url: '/cities/city-turin/commitments' })).body;
    expect(anonymous).toContain('Turin: charter commitments');
    expect(anonymous).toContain('Turin has signed the charter.');
    expect(anonymous).not.toContain('<form method="post" action="/cities/city-turin/commitments/');
    expect((await viennaEditor.request({ url: '/cities/city-turin/commitments' })).body).not.toContain(
      `action="/cities/city-turin/commitments/${EMPLOYER}"`,
    );
    const editor = (await turinEditor.request({ url: '/cities/city-turin/commitments' })).body;
    expect(editor).toContain(`action="/cities/city-turin/commitments/${EMPLOYER}"`);
    expect(editor).not.toContain('action="/cities/city-turin/charter-signatory"');
    expect((await admin.request({ url: '/cities/city-turin/commitments' })).body).toContain(
      'action="/cities/city-turin/charter-signatory"',
    );
  });

  it('saves a commitment from the form and shows its new status', async () => {
    const res = await postForm(turinEditor, `/cities/city-turin/commitments/${EMPLOYER}`, [
      [`${EMPLOYER}.status`, 'achieved'],
      [`${EMPLOYER}.note`, 'Diversity plan adopted'],
      [`${EMPLOYER}.evidenceLinks`, 'https://example.org/plan\n'],
    ]);
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe('/cities/city-turin/commitments?notice=saved');
    const page = (await t.anonymous.request({ url: res.headers.location })).body;
    expect(page).toContain('Diversity plan adopted');
    expect(page).toContain('<a href="https://example.org/plan">https://example.org/plan</a>');
  });

  it('shows bad input next to the field at fault, keeping what was typed', async () => {
    const res = await postForm(turinEditor, `/cities/city-turin/commitments/${EMPLOYER}`, [
      [`${EMPLOYER}.status`, 'achieved'],
      [`${EMPLOYER}.evidenceLinks`, 'not a link'],
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain(`href="#f-${EMPLOYER}-evidenceLinks"`);
    expect(res.body).toMatch(/id="f-charter-integrating-cities-employer-evidenceLinks"[^>]*aria-invalid="true"/);
    expect(res.body).toContain('>not a link</textarea>');
  });

  it('refuses the form to an editor of another city', async () => {
    const res = await postForm(viennaEditor, `/cities/city-turin/commitments/${EMPLOYER}`, [
      [`${EMPLOYER}.status`, 'dropped'],
    ]);
    expect(res.statusCode).toBe(403);
  });

  it('lets an administrator record the date a city signed', async () => {
    const res = await postForm(admin, '/cities/city-turin/charter-signatory', [
      ['signed', 'yes'],
      ['signedOn', '2018-11-22'],
    ]);
    expect(res.statusCode, res.body).toBe(303);
    expect((await t.anonymous.request({ url: '/cities/city-turin/commitments' })).body).toContain(
      'Turin signed the charter on 2018-11-22.',
    );
    expect((await t.anonymous.request({ url: '/charter' })).body).toContain('signed on 2018-11-22');
  });
});
