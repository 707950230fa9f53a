import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';

const MILAN = 'event-icc-milan-2018';
const form = (fields: Record<string, string>) => ({
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams(fields).toString(),
});

describe.each(ENGINES)('events programme forms on %s', (engine) => {
  let t: TestApp;
  let organiser: Client;
  let reader: Client;
  let rapporteur: Client;
  let version: () => Promise<string>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const admin = await t.signIn('admin');
    organiser = await t.signIn('reader');
    reader = await t.signIn('reader');
    rapporteur = await t.signIn('reader');
    expect(
      (await admin.request({ method: 'PUT', url: `/api/v1/events/${MILAN}/organisers/${organiser.user!.id}` }))
        .statusCode,
    ).toBe(204);
    version = async () => String((await t.anonymous.request({ url: `/api/v1/events/${MILAN}` })).json().version);
  });
  afterAll(async () => t?.close());

  it('lets an organiser add a session through the form, and it appears on the public programme', async () => {
    const dashboard = await organiser.request({ url: `/events/${MILAN}/manage` });
    expect(dashboard.body).toContain(`href="/events/${MILAN}/manage/sessions/new"`);
    expect(dashboard.body).toContain(`href="/events/${MILAN}/manage/venues/new"`);
    const blank = await organiser.request({ url: `/events/${MILAN}/manage/sessions/new` });
    expect(blank.statusCode).toBe(200);
    expect(blank.body).toContain('name="_csrf"');
    const res = await organiser.request({
      method: 'POST',
      url: `/events/${MILAN}/manage/sessions/new`,
      ...form({
        version: await version(),
        kind: 'panel',
        title: 'Evening panel on housing',
        date: '2018-11-07',
        start: '18:00',
        end: '19:00',
        capacity: '80',
        rounds: '1',
      }),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/events/${MILAN}/manage?notice=session`);
    const programme = await t.anonymous.request({ url: `/events/${MILAN}` });
    expect(programme.body).toContain('Evening panel on housing');
  });

  it('adds a venue with rooms and their capacities', async () => {
    const res = await organiser.request({
      method: 'POST',
      url: `/events/${MILAN}/manage/venues/new`,
      ...form({
        version: await version(),
        name: 'Palazzo Marino',
        address: 'Piazza della Scala 2, Milano',
        'rooms.0.name': 'Sala Alessi',
        'rooms.0.capacity': '200',
        'rooms.1.name': '',
      }),
    });
    expect(res.statusCode).toBe(303);
    const venue = (await t.anonymous.request({ url: `/api/v1/events/${MILAN}` }))
      .json()
      .venues.find((v: { name: string }) => v.name === 'Palazzo Marino');
    expect(venue.rooms).toEqual([expect.objectContaining({ name: 'Sala Alessi', capacity: 200 })]);
  });

  it('refuses the forms and their posts to a reader with 403', async () => {
    expect((await reader.request({ url: `/events/${MILAN}/manage/sessions/new` })).statusCode).toBe(403);
    const post = await reader.request({
      method: 'POST',
      url: `/events/${MILAN}/manage/sessions/new`,
      ...form({ kind: 'panel', title: 'Sneaky', date: '2018-11-07', start: '18:00' }),
    });
    expect(post.statusCode).toBe(403);
    expect(
      (
        await reader.request({
          method: 'POST',
          url: `/events/${MILAN}/manage/venues/new`,
          ...form({ name: 'Sneaky hall' }),
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.anonymous.request({ url: `/events/${MILAN}` })).body).not.toContain('Sneaky');
  });

  it('shows a validation error next to its field, with a summary, keeping the values entered', async () => {
    const res = await organiser.request({
      method: 'POST',
      url: `/events/${MILAN}/manage/sessions/new`,
      ...form({
        version: await version(),
        kind: 'panel',
        title: 'Backwards panel',
        date: '2018-11-07',
        start: '18:00',
        end: '17:00',
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/<p class="field-error" id="f-end-error">must be after the start \(18:00\)<\/p>/);
    expect(res.body).toContain('aria-invalid="true"');
    expect(res.body).toContain('<a href="#f-end">End: must be after the start');
    expect(res.body).toContain('value="Backwards panel"');
  });

  it('shows a stale version as a friendly 409 message', async () => {
    const res = await organiser.request({
      method: 'POST',
      url: `/events/${MILAN}/manage/sessions/new`,
      ...form({
        version: '1',
        kind: 'panel',
        title: 'Late panel',
        date: '2018-11-07',
        start: '18:00',
      }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Someone else changed this programme while you were editing');
    expect(squashHtml(res.body)).toContain(`name="version" value="${await version()}"`);
  });

  it('removes a session after a confirmation step', async () => {
    const session = (await t.anonymous.request({ url: `/api/v1/events/${MILAN}` }))
      .json()
      .sessions.find((s: { title: string }) => s.title === 'Evening panel on housing');
    const confirm = await organiser.request({ url: `/events/${MILAN}/manage/sessions/${session.id}/remove` });
    expect(confirm.body).toContain('Yes, remove this session');
    expect(
      (
        await organiser.request({
          method: 'POST',
          url: `/events/${MILAN}/manage/sessions/${session.id}/remove`,
          ...form({}),
        })
      ).statusCode,
    ).toBe(303);
    expect((await t.anonymous.request({ url: `/events/${MILAN}` })).body).not.toContain('Evening panel on housing');
  });

  it('filters the timetable without script by place and words, and shows each session on its own page', async () => {
    const count = (body: string) => (body.match(/class="session tt-session/g) ?? []).length;
    const all = (await t.anonymous.request({ url: `/events/${MILAN}` })).body;
    const total = count(all);
    expect(total).toBeGreaterThan(20);
    const visits = await t.anonymous.request({ url: `/events/${MILAN}?room=venue-icc-milan-2018-celav` });
    expect(count(visits.body)).toBe(1);
    expect(visits.body).toContain('Site visit 2');
    const words = await t.anonymous.request({ url: `/events/${MILAN}?q=MUDEC+reception` });
    expect(count(words.body)).toBe(1);
    const noRoom = await t.anonymous.request({ url: `/events/${MILAN}?room=none&day=2018-11-07&kind=workshop` });
    expect(count(noRoom.body)).toBe(8);
    expect(noRoom.body).toContain('<option value="none" selected>');
    const nothing = await t.anonymous.request({ url: `/events/${MILAN}?q=zzzz-nothing` });
    expect(count(nothing.body)).toBe(0);
    const page = await t.anonymous.request({
      url: `/events/${MILAN}/sessions/session-icc-milan-2018-d1-projects-corner`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Projects &amp; best practices corner</h1>');
    expect(page.body).toContain('CITIES GROW');
    expect((await t.anonymous.request({ url: `/events/${MILAN}/sessions/session-nope` })).statusCode).toBe(404);
  });

  it('lets a rapporteur record the key messages of a workshop, shown on its session page', async () => {
    const record = (await t.anonymous.request({ url: `/api/v1/events/${MILAN}` })).json();
    const workshop = record.sessions.find((s: { kind: string }) => s.kind === 'workshop');
    const admin = await t.signIn('admin');
    expect(
      (
        await admin.request({
          method: 'PUT',
          url: `/api/v1/events/${MILAN}/sessions/${workshop.id}/rapporteurs/${rapporteur.user!.id}`,
        })
      ).statusCode,
    ).toBe(204);
    const action = `/events/${MILAN}/programme/${workshop.id}/key-messages`;
    const sessionPage = `/events/${MILAN}/sessions/${workshop.id}`;
    expect((await rapporteur.request({ url: sessionPage })).body).toContain(`action="${action}"`);
    expect((await reader.request({ url: sessionPage })).body).not.toContain('key-messages-form');
    expect(
      (await reader.request({ method: 'POST', url: action, ...form({ keyMessages: 'Not mine' }) })).statusCode,
    ).toBe(403);
    const res = await rapporteur.request({
      method: 'POST',
      url: action,
      ...form({ keyMessages: 'Housing first works\r\n\r\nCities need flexible funds' }),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${sessionPage}?notice=keyMessages`);
    const programme = (await t.anonymous.request({ url: sessionPage })).body;
    expect(programme).toContain('<li>Housing first works</li>');
    expect(programme).toContain('<li>Cities need flexible funds</li>');
    expect(programme).not.toContain('Not mine');
  });
});

describe.skipIf(!HAS_CHROMIUM)('events programme forms in the browser', () => {
  let b: BrowserTestApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('keeps the dashboard, the session form with its errors and the key-messages form free of serious accessibility problems', async () => {
    const page = await b.newPage();
    await b.signInByCookie(page, 'admin');
    await page.goto(`/events/${MILAN}/manage`);
    expect(await b.axe(page)).toEqual([]);
    await page.click('a[href$="/manage/sessions/new"]');
    await page.fill('#f-title', 'Keyboard panel');
    await page.fill('#f-start', '18:00');
    await page.fill('#f-end', '17:00');
    await page.focus('#f-rounds');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.keyboard.press('Enter')]);
    await page.waitForLoadState();
    expect(await page.locator('#f-end-error').innerText()).toContain('must be after the start');
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await b.axe(page)).toEqual([]);
    await page.goto(`/events/${MILAN}/sessions/session-icc-milan-2018-d1-workshop-1`);
    expect(await page.locator('form.key-messages-form').count()).toBe(1);
    expect(await b.axe(page)).toEqual([]);
  });
});
