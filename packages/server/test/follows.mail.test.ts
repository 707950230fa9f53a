import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/domain-links.ts';
import { sendWeeklyDigests } from '../src/follows/mail.ts';
import { type Client, ENGINES, startTestApp, type TestApp } from './harness.ts';
import { startInbox, type Inbox } from './smtp-inbox.ts';

const BASE = 'https://convivio.example.org';
const DAY = 86_400_000;

describe.each(ENGINES)('the weekly digest by e-mail on %s', (engine) => {
  let t: TestApp;
  let inbox: Inbox;
  let editor: Client;
  let weekly: Client;
  let quiet: Client;
  let off: Client;
  let practiceId: string;

  const follow = async (c: Client, city: string, frequency: 'off' | 'weekly') => {
    expect((await c.request({ method: 'PUT', url: `/api/v1/follows/city/${city}` })).statusCode).toBe(200);
    const set = await c.request({ method: 'PUT', url: '/api/v1/follows/digest-setting', payload: { frequency } });
    expect(set.statusCode, set.body).toBe(200);
    // Read the digest now: what the bundled data set brought is not news any more.
    expect((await c.request({ url: '/api/v1/follows/digest?markRead=true' })).statusCode).toBe(200);
  };
  const run = (now: Date) => sendWeeklyDigests({ db: t.db, config: t.config }, { baseUrl: BASE, now });
  const toOf = (c: Client) => c.user!.email;

  beforeAll(async () => {
    inbox = await startInbox();
    t = await startTestApp(engine, { env: { SMTP_URL: inbox.url, PUBLIC_BASE_URL: BASE } });
    editor = await t.signIn('editor', 'city-turin');
    weekly = await t.signIn('reader');
    quiet = await t.signIn('reader');
    off = await t.signIn('reader');
    // The weekly follower reads in French: the e-mail comes in French.
    const lang = await weekly.request({
      method: 'POST',
      url: '/language',
      payload: 'lang=fr&next=/follows',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(lang.statusCode, lang.body).toBe(303);
    await follow(weekly, 'city-turin', 'weekly');
    await follow(quiet, 'city-vienna', 'weekly');
    await follow(off, 'city-turin', 'off');
    const created = await editor.request({
      method: 'POST',
      url: '/api/v1/practices',
      payload: {
        kind: 'practice',
        name: 'Turin digest desk',
        cityId: 'city-turin',
        language: 'en',
        description: 'A desk where newcomers find every service of the city.',
        themes: ['reception'],
        targetGroups: ['migrants'],
        typology: 'awareness-coexistence',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    practiceId = created.json().id as string;
    const published = await editor.request({ method: 'POST', url: `/api/v1/practices/${practiceId}/publish` });
    expect(published.statusCode, published.body).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('sends one digest, in French, to the weekly follower with news only; its links work; the same week sends nothing', async () => {
    const now = new Date(Date.now() + 60_000);
    expect(await run(now)).toEqual({ due: 2, sent: 1 });
    const mail = await inbox.next(toOf(weekly));
    expect(mail.subject).toBe('Les nouveautés de ce que vous suivez');
    expect(mail.text).toContain('Turin digest desk');
    expect(mail.html).toContain('Turin digest desk');
    expect(mail.html).toContain('lang="fr"');
    expect(inbox.received.map((r) => r.to)).toEqual([]);

    // The digest link opens the person's digest, which shows the same news.
    const link = mail.text?.match(/https:\/\/convivio\.example\.org\/follows\b/)?.[0];
    expect(link).toBe(`${BASE}/follows`);
    const page = await weekly.request({ url: '/follows' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`/practices/${practiceId}`);

    // A second run the same week (and six days later) sends nothing (only the follower without news is still due).
    expect(await run(new Date(now.getTime() + 60_000))).toEqual({ due: 1, sent: 0 });
    expect(await run(new Date(now.getTime() + 6 * DAY))).toEqual({ due: 1, sent: 0 });
    // A week later, nothing new: due, but nothing sent.
    expect(await run(new Date(now.getTime() + 7 * DAY))).toEqual({ due: 2, sent: 0 });
    expect(inbox.received).toEqual([]);

    // The unsubscribe link (header and text) turns the digest setting off, without signing in.
    const header = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    const url = header.match(/https:\/\/convivio\.example\.org\/mail\/unsubscribe\?token=[^>\s"]+/)?.[0];
    expect(url).toBeTruthy();
    expect(mail.text).toContain(url);
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toMatch(/List-Unsubscribe=One-Click/);
    const path = `${new URL(url!).pathname}${new URL(url!).search}`;
    const ask = await t.app.inject({ url: path });
    expect(ask.statusCode).toBe(200);
    const done = await t.app.inject({
      method: 'POST',
      url: path,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('weekly digest of what you follow');
    const setting = (await weekly.request({ url: '/api/v1/follows' })).json();
    expect(setting.frequency).toBe('off');
    expect((await off.request({ url: '/api/v1/follows' })).json().frequency).toBe('off');
    expect(await run(new Date(now.getTime() + 30 * DAY))).toEqual({ due: 1, sent: 0 });
    expect(inbox.received).toEqual([]);
  });
});
