import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, exportSectionCsv, importDataset } from '../src/dataset-sections.ts';
import { AppError } from '../src/errors.ts';
import {
  ENGINES,
  postForm,
  roleMatrix,
  startTestApp,
  uniqueName,
  type Client,
  type TestApp,
  type Who,
} from './harness.ts';
import { squashHtml } from './html-squash.ts';

interface BundledSession {
  id: string;
  title: string;
  themes?: { theme: string; basis: string | null; source: { document: string; section: string | null } | null }[];
}
const bundled = JSON.parse(
  fs.readFileSync(new URL('../../../data/convivio-dataset.json', import.meta.url), 'utf8'),
) as {
  events: { id: string; sessions: BundledSession[] }[];
};
/** The bundled sessions on a theme, as the data file links them. */
const bundledOn = (theme: string) =>
  bundled.events.flatMap((e) =>
    e.sessions.filter((s) => s.themes?.some((l) => l.theme === theme)).map((s) => ({ eventId: e.id, sessionId: s.id })),
  );

const sessionIds = (detail: { events: { id: string; sessions: { id: string }[] }[] }) =>
  detail.events.flatMap((e) => e.sessions.map((s) => ({ eventId: e.id, sessionId: s.id })));

/** Sessions of events and policy labs linked to practice themes: the bundled links, editing, the theme pages, the data set. */
describe.each(ENGINES)('events and policy labs on the theme pages on %s', (engine) => {
  let t: TestApp;
  let as: Record<Who, Client>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    as = await roleMatrix(t, 'city-mechelen');
  });
  afterAll(async () => t?.close());

  it('lists the bundled sessions whose programme titles name the theme, with the source words kept', async () => {
    const expected = bundledOn('employment');
    expect(expected.length).toBeGreaterThan(1);
    const detail = (await t.anonymous.request({ url: '/api/v1/themes/employment' })).json();
    expect(sessionIds(detail).sort((a, b) => a.sessionId.localeCompare(b.sessionId))).toEqual(
      expected.sort((a, b) => a.sessionId.localeCompare(b.sessionId)),
    );
    const links = bundled.events.flatMap((e) => e.sessions).flatMap((s) => s.themes ?? []);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.basis).toBeTruthy();
      expect(l.source?.document).toMatch(/\.txt$/);
    }
    const first = expected[0]!;
    const page = squashHtml((await t.anonymous.request({ url: '/themes/employment' })).body);
    expect(page).toContain('<h2 id="theme-events-h">Events and sessions</h2>');
    expect(page).toContain(`<a href="/events/${first.eventId}/sessions/${first.sessionId}">`);
    const session = (await t.anonymous.request({ url: `/events/${first.eventId}/sessions/${first.sessionId}` })).body;
    expect(session).toContain('<a href="/themes/employment">Employment</a>');
    const none = squashHtml((await t.anonymous.request({ url: '/themes/digital' })).body);
    expect(bundledOn('digital')).toEqual([]);
    expect(none).toContain('No published event has a session on this theme yet.');
    expect(none).toContain('No policy lab works on this theme yet.');
  });

  it("lists a draft event's sessions only once it is published, and lets only its organisers change them", async () => {
    const id = `event-theme-forum-${engine}`;
    const created = await as.admin.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: {
        id,
        name: uniqueName('Theme forum'),
        timezone: 'Europe/Vienna',
        startDate: '2026-05-04',
        endDate: '2026-05-04',
        language: 'en',
        sessions: [
          {
            id: `session-theme-forum-${engine}-housing`,
            kind: 'workshop',
            title: 'Housing first',
            date: '2026-05-04',
            start: '10:00',
            themes: [
              { theme: 'housing', basis: 'Housing first', source: { document: 'programme.pdf', section: 'p. 2' } },
            ],
          },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const sessionId = `session-theme-forum-${engine}-housing`;
    const onHousing = async () =>
      sessionIds((await t.anonymous.request({ url: '/api/v1/themes/housing' })).json()).filter((s) => s.eventId === id);
    expect(await onHousing()).toEqual([]);
    const published = await as.admin.request({
      method: 'PATCH',
      url: `/api/v1/events/${id}/settings`,
      payload: { status: 'published' },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(await onHousing()).toEqual([{ eventId: id, sessionId }]);

    // Someone who does not organise the event may not change the session's themes (API and form).
    const put = (who: Client) =>
      who.request({
        method: 'PUT',
        url: `/api/v1/events/${id}/sessions/${sessionId}`,
        payload: { kind: 'workshop', title: 'Housing first', date: '2026-05-04', start: '10:00', themes: [] },
      });
    expect((await put(t.anonymous)).statusCode).toBe(401);
    expect((await put(as.reader)).statusCode).toBe(403);
    expect((await put(as.editor)).statusCode).toBe(403);
    const form = (who: Client, themes: string[]) =>
      postForm(who, `/events/${id}/manage/sessions/${sessionId}`, [
        ['kind', 'workshop'],
        ['title', 'Housing first'],
        ['date', '2026-05-04'],
        ['start', '10:00'],
        ['rounds', '1'],
        ...themes.map((th): [string, string] => ['themes', th]),
      ]);
    expect((await form(as.reader, ['youth'])).statusCode).toBe(403);
    expect(await onHousing()).toEqual([{ eventId: id, sessionId }]);

    // The form sets them: a theme kept keeps its basis, a new one has none.
    const page = (await as.admin.request({ url: `/events/${id}/manage/sessions/${sessionId}` })).body;
    expect(squashHtml(page)).toMatch(/<input type="checkbox" id="f-themes-\d+" name="themes" value="housing" checked>/);
    const saved = await form(as.admin, ['housing', 'youth']);
    expect(saved.statusCode, saved.body).toBe(303);
    const event = (await t.anonymous.request({ url: `/api/v1/events/${id}` })).json();
    expect(event.sessions[0].themes).toEqual([
      { theme: 'housing', basis: 'Housing first', source: { document: 'programme.pdf', section: 'p. 2' } },
      { theme: 'youth', basis: null, source: null },
    ]);
    expect(sessionIds((await t.anonymous.request({ url: '/api/v1/themes/youth' })).json())).toContainEqual({
      eventId: id,
      sessionId,
    });
    expect((await form(as.admin, ['youth'])).statusCode).toBe(303);
    expect(await onHousing()).toEqual([]);

    // A theme that is not in the vocabulary is refused, naming the field.
    const bad = await as.admin.request({
      method: 'PUT',
      url: `/api/v1/events/${id}/sessions/${sessionId}`,
      payload: {
        kind: 'workshop',
        title: 'Housing first',
        date: '2026-05-04',
        start: '10:00',
        themes: [{ theme: 'pets' }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/themes\.0\.theme$/);
  });

  it("lists a policy lab on its themes, set by its city's editors only", async () => {
    const res = await as.editor.request({
      method: 'POST',
      url: '/api/v1/labs',
      payload: {
        cityId: 'city-mechelen',
        name: uniqueName('Taallab'),
        topic: 'Language learning at work',
        area: 'education-lifelong-learning-rights-professionalization',
        themes: [{ theme: 'language' }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const lab = res.json<{ id: string; name: string; themes: unknown[] }>();
    expect(lab.themes).toEqual([{ theme: 'language', basis: null, source: null }]);
    const labsOn = async (theme: string) =>
      ((await t.anonymous.request({ url: `/api/v1/themes/${theme}` })).json().labs as { id: string }[]).map(
        (l) => l.id,
      );
    expect(await labsOn('language')).toEqual([lab.id]);
    const page = squashHtml((await t.anonymous.request({ url: '/themes/language' })).body);
    expect(page).toContain(`<a href="/labs/${lab.id}">${lab.name}</a>(Mechelen)`);

    for (const [who, status] of [
      ['reader', 403],
      ['otherEditor', 403],
    ] as const) {
      const posted = await postForm(as[who], `/labs/${lab.id}/themes`, [['themes', 'employment']]);
      expect(posted.statusCode, who).toBe(status);
    }
    expect(await labsOn('employment')).toEqual([]);

    const form = (await as.editor.request({ url: `/labs/${lab.id}` })).body;
    expect(squashHtml(form)).toContain(`<form method="post" action="/labs/${lab.id}/themes"`);
    const saved = await postForm(as.editor, `/labs/${lab.id}/themes`, [
      ['themes', 'employment'],
      ['themes', 'language'],
    ]);
    expect(saved.statusCode, saved.body).toBe(303);
    expect(await labsOn('employment')).toEqual([lab.id]);
    expect(await labsOn('language')).toEqual([lab.id]);
    const shown = (await t.anonymous.request({ url: `/labs/${lab.id}` })).body;
    expect(shown).toContain('<a href="/themes/employment">Employment</a>');

    const refused = await postForm(as.editor, `/labs/${lab.id}/themes`, [['themes', 'pets']]);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('must be one of the practice themes');
    expect(await labsOn('employment')).toEqual([lab.id]);

    const csv = parse<Record<string, string>>(await exportSectionCsv(t.db, 'policyLabs', { includeDrafts: true }), {
      columns: true,
    });
    const row = csv.find((r) => r.id === lab.id);
    expect(row).toBeDefined();
    expect((JSON.parse(row!.themes!) as { theme: string }[]).map((l) => l.theme)).toEqual(['employment', 'language']);

    expect((await as.editor.request({ method: 'DELETE', url: `/api/v1/labs/${lab.id}` })).statusCode).toBe(204);
    expect(await labsOn('language')).toEqual([]);
  });

  it('carries the themes through the data set export and refuses a theme listed twice on import', async () => {
    const exported = await exportDataset(t.db, { includeDrafts: true });
    const sessions = (exported.events as { sessions: BundledSession[] }[]).flatMap((e) => e.sessions);
    const withThemes = sessions.filter((s) => s.themes?.length);
    expect(withThemes.length).toBeGreaterThan(0);
    const milan = bundled.events[0]!;
    const fromFile = milan.sessions.find((s) => s.themes?.length)!;
    expect(sessions.find((s) => s.id === fromFile.id)?.themes).toEqual(fromFile.themes);

    const twice = structuredClone(milan) as { sessions: BundledSession[] };
    const target = twice.sessions.find((s) => s.id === fromFile.id)!;
    target.themes = [...target.themes!, { ...target.themes![0]! }];
    const err = await importDataset(t.db, { format: 'convivio/v1', events: [twice] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(JSON.stringify((err as AppError).issues)).toContain('is listed twice');
    const again = (await t.anonymous.request({ url: `/api/v1/events/${milan.id}` })).json();
    expect(again.sessions.find((s: BundledSession) => s.id === fromFile.id).themes).toEqual(fromFile.themes);
  });
});
