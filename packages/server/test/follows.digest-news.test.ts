import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/domain-links.ts';
import { sendWeeklyDigests } from '../src/follows/mail.ts';
import { startWorkers, type JobWorkers } from '../src/jobs/index.ts';
import { GRID_MAPPING, gridCsv, upload, waitForRun } from './evidence-fixtures.ts';
import { type Client, ENGINES, startTestApp, type TestApp } from './harness.ts';
import { squashHtml } from './html-squash.ts';
import { startInbox, type Inbox } from './smtp-inbox.ts';

const BASE = 'https://convivio.example.org';

/** A followed city's events (published, registration opened) and public evidence runs in the digest page and e-mail. */
describe.each(ENGINES)("a city's events and evidence in the digest on %s", (engine) => {
  let t: TestApp;
  let inbox: Inbox;
  let workers: JobWorkers;
  let admin: Client;
  let follower: Client;
  let other: Client;
  const runIds: Record<string, string> = {};

  const event = async (id: string, name: string, cityId: string) => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/v1/events',
      payload: {
        id,
        name,
        cityId,
        timezone: 'Europe/Rome',
        startDate: '2027-03-04',
        endDate: '2027-03-05',
        language: 'en',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const settings = async (id: string, payload: Record<string, unknown>) => {
    const res = await admin.request({ method: 'PATCH', url: `/api/v1/events/${id}/settings`, payload });
    expect(res.statusCode, res.body).toBe(200);
  };
  const run = async (name: string, isPublic: boolean) => {
    const d = await upload(admin, 'cells.csv', gridCsv(), { name, mapping: JSON.stringify(GRID_MAPPING) });
    expect(d.statusCode, d.body).toBe(201);
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/evidence/runs',
      payload: { datasetId: d.json().id, options: { bandwidths: [200] }, public: isPublic },
    });
    expect(created.statusCode, created.body).toBe(202);
    const id = created.json().id as string;
    expect((await waitForRun(admin, id)).status).toBe('succeeded');
    runIds[name] = id;
  };

  beforeAll(async () => {
    inbox = await startInbox();
    t = await startTestApp(engine, { env: { SMTP_URL: inbox.url, PUBLIC_BASE_URL: BASE } });
    workers = startWorkers({ db: t.db, config: t.config }, { pollMs: 25 });
    admin = await t.signIn('admin');
    follower = await t.signIn('reader');
    other = await t.signIn('reader');
    // Turin's area code is one of the grid's areas.
    const city = (await admin.request({ url: '/api/v1/cities/city-turin' })).json();
    const { status: _s, updatedAt: _u, practices: _p, ...record } = city;
    const put = await admin.request({
      method: 'PUT',
      url: '/api/v1/cities/city-turin',
      payload: { ...record, areaCode: 'AREA-W' },
    });
    expect(put.statusCode, put.body).toBe(200);
    // An event published with its registration closed before the followers read their digest.
    await event('event-turin-reopened', 'Turin reopened forum', 'city-turin');
    await settings('event-turin-reopened', { status: 'published', registrationOpen: false });
    for (const [c, city] of [
      [follower, 'city-turin'],
      [other, 'city-vienna'],
    ] as const) {
      expect((await c.request({ method: 'PUT', url: `/api/v1/follows/city/${city}` })).statusCode).toBe(200);
      const set = await c.request({
        method: 'PUT',
        url: '/api/v1/follows/digest-setting',
        payload: { frequency: 'weekly' },
      });
      expect(set.statusCode, set.body).toBe(200);
      expect((await c.request({ url: '/api/v1/follows/digest?markRead=true' })).statusCode).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 20));
    // Since then: a new published Turin event, a draft one, registration reopened, a Vienna event; a public and a private run.
    await event('event-turin-new', 'Turin new forum', 'city-turin');
    await settings('event-turin-new', { status: 'published' });
    await event('event-turin-draft', 'Turin draft forum', 'city-turin');
    await settings('event-turin-reopened', { registrationOpen: true });
    await event('event-vienna-new', 'Vienna new forum', 'city-vienna');
    await settings('event-vienna-new', { status: 'published' });
    await run('Turin public grid', true);
    await run('Turin private grid', false);
  });
  afterAll(async () => {
    await workers?.stop();
    await t?.close();
    await inbox?.close();
  });

  it("lists the followed city's new events, reopened registrations and public runs on /follows, and nothing else", async () => {
    const page = squashHtml((await follower.request({ url: '/follows' })).body);
    expect(page).toContain('<h3>City: Turin</h3>');
    expect(page).toContain('<a href="/events/event-turin-new">New event: Turin new forum, 4 March 2027</a>');
    expect(page).toContain(
      '<a href="/events/event-turin-reopened">Registration open: Turin reopened forum, 4 March 2027</a>',
    );
    expect(page).toContain(
      `<a href="/evidence/runs/${runIds['Turin public grid']}">New evidence results: Turin public grid</a>`,
    );
    expect(page).not.toContain('Turin draft forum');
    expect(page).not.toContain('Turin private grid');
    expect(page).not.toContain('Vienna new forum');
    const api = (await follower.request({ url: '/api/v1/follows/digest' })).json();
    const turin = api.digest.entries.find((e: { follow: { target: string } }) => e.follow.target === 'city-turin');
    expect(turin.events).toEqual([
      { id: 'event-turin-new', name: 'Turin new forum', startDate: '2027-03-04', change: 'new' },
      { id: 'event-turin-reopened', name: 'Turin reopened forum', startDate: '2027-03-04', change: 'registration' },
    ]);
    expect(turin.evidence).toEqual([{ runId: runIds['Turin public grid'], datasetName: 'Turin public grid' }]);
    // Vienna's follower sees Vienna's event, and no run (Vienna has no area code).
    const vienna = squashHtml((await other.request({ url: '/follows' })).body);
    expect(vienna).toContain('New event: Vienna new forum, 4 March 2027');
    expect(vienna).not.toContain('Turin');
    expect(vienna).not.toContain('New evidence results');
  });

  it('e-mails the same events and run in the weekly digest', async () => {
    expect(
      await sendWeeklyDigests({ db: t.db, config: t.config }, { baseUrl: BASE, now: new Date(Date.now() + 60_000) }),
    ).toEqual({
      due: 2,
      sent: 2,
    });
    const mail = await inbox.next(follower.user!.email);
    expect(mail.text).toContain('City: Turin — New event: Turin new forum, 4 March 2027');
    expect(mail.text).toContain('City: Turin — Registration open: Turin reopened forum, 4 March 2027');
    expect(mail.text).toContain('City: Turin — New evidence results: Turin public grid');
    expect(mail.html).toContain('New evidence results: Turin public grid');
    expect(mail.text).not.toContain('Turin private grid');
    expect(mail.text).not.toContain('Turin draft forum');
    const viennaMail = await inbox.next(other.user!.email);
    expect(viennaMail.text).toContain('City: Vienna — New event: Vienna new forum, 4 March 2027');
    expect(viennaMail.text).not.toContain('Turin');
  });
});
