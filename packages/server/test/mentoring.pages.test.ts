import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from '../src/dataset-sections.ts';
import { ENGINES, postForm, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';
import { formatDate } from '@convivio/web';

const P = '/mentoring/programme-cities-grow';
const ENTREPRENEURS = 'theme-cities-grow-migrant-entrepreneurs';

describe.each(ENGINES)('mentoring pages on %s', (engine) => {
  let t: TestApp;
  let ghentEditor: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
    ghentEditor = await t.signIn('editor', 'city-ghent');
    admin = await t.signIn('admin');
  });
  afterAll(async () => t?.close());

  it('lists CITIES GROW with its counts and themes', async () => {
    const res = await t.anonymous.request({ url: '/mentoring' });
    expect(res.statusCode).toBe(200);
    const page = squashHtml(res.body);
    expect(page).toContain(`<a href="${P}">CITIES GROW</a>`);
    expect(res.body).toContain('16 cities, 0 offers, 0 requests');
    expect(res.body).toContain('<li>Anti-discrimination strategies for the local job market</li>');
  });

  it('shows the programme: its cities under "role not stated", partners, no form for readers', async () => {
    const res = await t.anonymous.request({ url: P });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Role not stated in the sources');
    expect(res.body).not.toContain('Mentor cities');
    expect(squashHtml(res.body)).toContain('<a href="/cities/city-brighton-and-hove">Brighton &amp; Hove</a>');
    expect(res.body).toContain('Migration Policy Institute Europe');
    expect(res.body).toContain('No city has posted an offer or a request yet.');
    expect(res.body).not.toContain(`action="${P}/posts"`);
    expect(res.body).toContain(`href="${P}/themes/${ENTREPRENEURS}"`);
  });

  it('lets an editor post a request, shows the suggested mentor, and shows form errors in place', async () => {
    const offer = await postForm(admin, `${P}/posts`, [
      ['kind', 'offer'],
      ['themeId', ENTREPRENEURS],
      ['cityId', 'city-rotterdam'],
      ['capacity', '2'],
      ['challengeId', ''],
      ['note', ''],
    ]);
    expect(offer.statusCode, offer.body).toBe(303);
    const editorPage = await ghentEditor.request({ url: P });
    expect(editorPage.body).toContain(`action="${P}/posts"`);
    // Only the editor's own city is offered.
    expect(squashHtml(editorPage.body)).toContain('<option value="city-ghent">Ghent</option>');
    expect(editorPage.body).not.toContain('<option value="city-rotterdam"');

    const posted = await postForm(ghentEditor, `${P}/posts`, [
      ['kind', 'request'],
      ['themeId', ENTREPRENEURS],
      ['cityId', 'city-ghent'],
      ['challengeId', 'migrant-entrepreneurship'],
      ['note', 'Business support in several languages'],
    ]);
    expect(posted.statusCode, posted.body).toBe(303);
    expect(posted.headers.location).toMatch(/^\/mentoring\/programme-cities-grow\?notice=posted#request-/);
    const page = squashHtml((await t.anonymous.request({ url: P })).body);
    expect(page).toMatch(
      /<th scope="row">Ghent<\/th><td><a href="\/cities\/city-rotterdam">Rotterdam<\/a><\/td><td>Services to promote and support migrant entrepreneurs<\/td><td>same theme[^<]*<\/td>/,
    );

    const bad = await postForm(ghentEditor, `${P}/posts`, [
      ['kind', 'offer'],
      ['themeId', ENTREPRENEURS],
      ['cityId', 'city-ghent'],
      ['capacity', '50'],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('aria-invalid="true"');
    expect(squashHtml(bad.body)).toContain('<a href="#f-capacity">Capacity (cities):');
  });

  it('lets an administrator add a study visit from the form, refuses readers, and names a bad event', async () => {
    const visit = (title: string, eventId: string): [string, string][] => [
      ['visit.title', title],
      ['visit.themeId', ENTREPRENEURS],
      ['visit.hostCityId', 'city-milan'],
      ['visit.eventId', eventId],
      ['visit.note', ''],
    ];
    const reader = await t.signIn('reader');
    expect((await reader.request({ url: P })).body).not.toContain(`action="${P}/study-visits"`);
    const refused = await postForm(reader, `${P}/study-visits`, visit('Refused visit', 'event-icc-milan-2018'));
    expect(refused.statusCode).toBe(403);
    const byEditor = await postForm(ghentEditor, `${P}/study-visits`, visit('X', 'event-icc-milan-2018'));
    expect(byEditor.statusCode).toBe(403);

    const adminPage = (await admin.request({ url: P })).body;
    expect(adminPage).toContain(`action="${P}/study-visits"`);
    // The event is chosen from a list of events, each named with its date (no script needed).
    const events = (await admin.request({ url: '/api/v1/events' })).json().items as { id: string; name: string }[];
    expect(events.length).toBeGreaterThan(0);
    const milan = (await admin.request({ url: '/api/v1/events/event-icc-milan-2018' })).json();
    const select = squashHtml(adminPage.slice(adminPage.indexOf('<select id="f-visit-eventId"')));
    expect(select).toMatch(
      /^<select id="f-visit-eventId" name="visit.eventId" aria-describedby="f-visit-eventId-error" required>/,
    );
    expect(select.slice(0, select.indexOf('</select>')).match(/<option /g)).toHaveLength(events.length + 1);
    expect(select).toContain(
      `<option value="event-icc-milan-2018">${milan.name} (${formatDate('en', milan.startDate)})</option>`,
    );
    expect(squashHtml(adminPage)).toContain('<label for="f-visit-eventId">Event<span class="required">');
    const added = await postForm(
      admin,
      `${P}/study-visits`,
      visit('Visit to the one-stop shop', 'event-icc-milan-2018'),
    );
    expect(added.statusCode, added.body).toBe(303);
    expect(added.headers.location).toMatch(/^\/mentoring\/programme-cities-grow\?notice=visit-added#visit-/);
    const page = squashHtml((await t.anonymous.request({ url: P })).body);
    expect(page).toContain('<a href="/events/event-icc-milan-2018">Visit to the one-stop shop</a>');
    expect(page).not.toContain('Refused visit');

    const bad = await postForm(admin, `${P}/study-visits`, visit('Typed title kept', 'event-nope'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="f-visit-eventId-error">event &quot;event-nope&quot; does not exist');
    expect(squashHtml(bad.body)).toContain('<a href="#f-visit-eventId">Event:');
    expect(bad.body).toContain('value="Typed title kept"');
    expect(bad.body).toMatch(/<select id="f-visit-eventId" name="visit.eventId"[^>]*aria-invalid="true"/);
    const noEvent = await postForm(admin, `${P}/study-visits`, visit('No event chosen', ''));
    expect(noEvent.statusCode).toBe(400);
    expect(squashHtml(noEvent.body)).toContain('<a href="#f-visit-eventId">Event:');
    const empty = await postForm(admin, `${P}/study-visits`, visit('', 'event-icc-milan-2018'));
    expect(empty.statusCode).toBe(400);
    expect(squashHtml(empty.body)).toContain('<a href="#f-visit-title">Title:');
  });

  it("keeps a city's action plan through its forms, and refuses other cities' editors", async () => {
    const url = `${P}/plans/city-ghent`;
    const added = await postForm(ghentEditor, `${url}/actions`, [
      ['title', 'Open a one-stop shop'],
      ['owner', 'Economic department'],
      ['deadline', '2019-06-30'],
      ['status', 'planned'],
    ]);
    expect(added.statusCode, added.body).toBe(303);
    const page = (await t.anonymous.request({ url })).body;
    expect(squashHtml(page)).toContain('<th scope="row">Open a one-stop shop</th><td>Economic department</td>');
    expect(page).toContain('Planned');
    const bad = await postForm(ghentEditor, `${url}/actions`, [
      ['title', ''],
      ['deadline', 'soon'],
    ]);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="f-deadline-error">must be a date YYYY-MM-DD');
    const other = await t.signIn('editor', 'city-vienna');
    expect((await postForm(other, `${url}/actions`, [['title', 'X']])).statusCode).toBe(403);
    const endorsed = await postForm(ghentEditor, `${url}/endorsement`, [
      ['body', 'City council'],
      ['endorsedOn', '2018-12-01'],
    ]);
    expect(endorsed.statusCode).toBe(303);
    expect((await t.anonymous.request({ url })).body).toContain('Endorsed by City council on');
  });

  it('shows the toolkit page, saying the sources give no content', async () => {
    const res = await t.anonymous.request({ url: `${P}/themes/${ENTREPRENEURS}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('The sources give no content for this toolkit yet.');
    expect(res.body).toContain('This theme has no self-check questions yet.');
    expect((await t.anonymous.request({ url: `${P}/themes/theme-nope` })).statusCode).toBe(404);
  });

  it('lets an editor answer the self-check and shows where the city stands', async () => {
    await importDataset(t.db, {
      format: 'convivio/v1',
      mentoringProgrammes: [
        {
          id: 'programme-check',
          name: 'Check',
          themes: [
            {
              id: 'theme-check',
              name: 'Check theme',
              toolkit: {
                selfCheckQuestions: [
                  { id: 'q1', text: 'Is there a strategy?', authored: 'platform' },
                  { id: 'q2', text: 'Is it funded?', authored: 'platform' },
                ],
              },
            },
          ],
        },
      ],
    });
    const url = '/mentoring/programme-check/themes/theme-check';
    const form = (await ghentEditor.request({ url })).body;
    expect(form).toContain('Is there a strategy? (written for the platform, not from a source)');
    const saved = await postForm(ghentEditor, `/mentoring/programme-check/themes/theme-check/self-check/city-ghent`, [
      ['q.q1', 'yes'],
      ['q.q2', 'no'],
    ]);
    expect(saved.statusCode, saved.body).toBe(303);
    const page = (await t.anonymous.request({ url: `${url}?city=city-ghent` })).body;
    expect(page).toContain('Where Ghent stands');
    expect(page).toMatch(/50 % \(2 of 2 questions answered\)\s*Developing\./);
  });

  it("shows the city page's mentoring section with a link to the city's plan", async () => {
    const page = squashHtml((await t.anonymous.request({ url: '/cities/city-ghent' })).body);
    expect(page).toContain('Ghent takes part in:');
    expect(page).toContain(`<a href="${P}/plans/city-ghent">Action plan of Ghent</a>`);
  });
});
