import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVERYONE,
  ENGINES,
  roleMatrix,
  startTestApp,
  type Client,
  type TestApp,
  type Who,
} from '../../test/harness.ts';
import { startInbox, type Inbox } from '../../test/smtp-inbox.ts';
import { sendMail } from './service.ts';

const PASSWORD = 'lantern orchard tidal quartz';
const EXPECTED: Record<Who, number> = { anonymous: 401, reader: 403, otherEditor: 403, editor: 403, admin: 200 };
const ICS = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
const unique = () => `outbox-${crypto.randomBytes(4).toString('hex')}@example.org`;

describe.each(ENGINES)('the outbox without an SMTP server on %s', (engine) => {
  let t: TestApp;
  let who: Record<Who, Client>;
  const email = unique();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { PUBLIC_BASE_URL: 'http://convivio.test' } });
    who = await roleMatrix(t, 'city-milan');
    const res = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email, name: 'Queued Person', password: PASSWORD },
    });
    expect(res.statusCode).toBe(202);
  });
  afterAll(async () => t?.close());

  it('keeps the message queued, with its text, HTML and link, for administrators', async () => {
    const list = await who.admin.request({ url: '/api/v1/admin/outbox' });
    expect(list.statusCode).toBe(200);
    const mine = list.json().items.filter((m: { to: string }) => m.to === email);
    expect(mine.length).toBe(1);
    expect(mine[0]).toMatchObject({ state: 'queued', template: 'verifyEmail', error: null, sentAt: null });
    const one = await who.admin.request({ url: `/api/v1/admin/outbox/${mine[0].id}` });
    expect(one.statusCode).toBe(200);
    const link = one.json().text.match(/http:\/\/convivio\.test\/verify-email\/[\w-]+/)?.[0];
    expect(link).toBeTruthy();
    expect(one.json().html).toContain(link);
    // The queued link works: a local install can be used end to end.
    const token = link.split('/').pop();
    const verified = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/verify-email',
      payload: { token },
    });
    expect(verified.statusCode).toBe(200);
  });

  it('shows the outbox to administrators only, and nothing of it to anyone else (role matrix)', async () => {
    const id = (await who.admin.request({ url: '/api/v1/admin/outbox' })).json().items[0].id as string;
    for (const w of EVERYONE) {
      for (const url of ['/api/v1/admin/outbox', `/api/v1/admin/outbox/${id}`]) {
        const res = await who[w].request({ url });
        expect([w, url, res.statusCode]).toEqual([w, url, EXPECTED[w]]);
        if (w !== 'admin') {
          expect(res.body).not.toContain(email);
          expect(res.body).not.toContain('verify-email');
        }
      }
      const page = await who[w].request({ url: '/admin/outbox' });
      const expectedPage = w === 'anonymous' ? 303 : EXPECTED[w];
      expect([w, page.statusCode]).toEqual([w, expectedPage]);
      if (w !== 'admin') expect(page.body).not.toContain(email);
    }
    const page = await who.admin.request({ url: '/admin/outbox' });
    expect(page.body).toContain(email);
    expect(page.body).toContain('No SMTP server is configured');
    const detail = await who.admin.request({ url: `/admin/outbox/${id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).toContain('Plain text');
  });

  it('stores a message with an attachment and serves it to administrators only', async () => {
    const to = unique();
    const sent = await sendMail(
      { db: t.db, config: t.config },
      {
        template: 'assignmentResult',
        to,
        userId: null,
        lang: 'en',
        params: { name: 'P', event: 'Test event', link: 'http://convivio.test/events/x/agenda' },
        lines: ['09:00 Opening'],
        attachments: [{ filename: 'agenda.ics', contentType: 'text/calendar', content: ICS }],
      },
    );
    expect(sent.state).toBe('queued');
    const one = (await who.admin.request({ url: `/api/v1/admin/outbox/${sent.id}` })).json();
    expect(one.attachments).toEqual([
      { position: 1, filename: 'agenda.ics', contentType: 'text/calendar', size: Buffer.byteLength(ICS) },
    ]);
    const file = await who.admin.request({ url: `/admin/outbox/${sent.id}/attachments/1` });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('BEGIN:VCALENDAR');
    expect((await who.editor.request({ url: `/admin/outbox/${sent.id}/attachments/1` })).statusCode).toBe(403);
  });
});

describe.each(ENGINES)('the outbox with an SMTP server on %s', (engine) => {
  let t: TestApp;
  let inbox: Inbox;
  let admin: Client;
  const ctx = () => ({ db: t.db, config: t.config });

  beforeAll(async () => {
    inbox = await startInbox();
    t = await startTestApp(engine, {
      seed: false,
      env: {
        SMTP_URL: inbox.url,
        PUBLIC_BASE_URL: 'http://convivio.test',
        MAIL_FROM: 'Convivio <hello@convivio.test>',
      },
    });
    admin = await t.signIn('admin');
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('records a sent message, and removes its secret link from the outbox once sent', async () => {
    const email = unique();
    await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email, name: 'Sent Person', password: PASSWORD },
    });
    const mail = await inbox.next(email);
    expect(mail.from?.text).toContain('hello@convivio.test');
    expect(mail.text).toMatch(/verify-email\/[\w-]{43}/);
    const item = (await admin.request({ url: '/api/v1/admin/outbox' }))
      .json()
      .items.find((m: { to: string }) => m.to === email);
    expect(item).toMatchObject({ state: 'sent', error: null });
    expect(item.sentAt).not.toBeNull();
    const one = (await admin.request({ url: `/api/v1/admin/outbox/${item.id}` })).json();
    expect(one.text).not.toMatch(/verify-email\/[\w-]{43}/);
    expect(one.text).toContain('link removed');
  });

  it("records a failed message with the SMTP server's error", async () => {
    inbox.refuse(true);
    try {
      const result = await sendMail(ctx(), {
        template: 'passwordChanged',
        to: unique(),
        userId: null,
        lang: 'en',
        params: { name: 'F', forgotUrl: 'http://convivio.test/password/forgot' },
      });
      expect(result.state).toBe('failed');
      const one = (await admin.request({ url: `/api/v1/admin/outbox/${result.id}` })).json();
      expect(one.state).toBe('failed');
      expect(one.error).toMatch(/550|test refusal/);
    } finally {
      inbox.refuse(false);
    }
  });

  it('gives a reminder an unsubscribe link and header that work without signing in, once, and cannot be forged', async () => {
    const to = unique();
    const reminder = () =>
      sendMail(ctx(), {
        template: 'eventReminder',
        to,
        userId: null,
        lang: 'en',
        params: {
          name: 'R',
          event: 'Test event',
          when: 'tomorrow',
          place: 'Milan',
          link: 'http://convivio.test/events/x',
        },
        unsubscribe: { category: 'reminders', baseUrl: 'http://convivio.test' },
      });
    expect((await reminder()).state).toBe('sent');
    const mail = await inbox.next(to, /Reminder/);
    const header = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    const url = header.match(/http:\/\/convivio\.test\/mail\/unsubscribe\?token=[^>\s"]+/)?.[0];
    expect(url).toBeTruthy();
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toMatch(/List-Unsubscribe=One-Click/);
    expect(mail.text).toContain(url);
    const path = `${new URL(url!).pathname}${new URL(url!).search}`;
    const forged = path.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await t.app.inject({ url: forged })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: forged })).statusCode).toBe(404);
    const ask = await t.app.inject({ url: path });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain(to);
    const done = await t.app.inject({
      method: 'POST',
      url: path,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('no more event reminders');
    expect((await reminder()).state).toBe('skipped');
  });
});
