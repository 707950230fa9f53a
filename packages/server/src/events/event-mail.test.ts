import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from '../../test/harness.ts';
import { readIcs } from '../../test/ics-reader.ts';
import { startInbox, type Inbox } from '../../test/smtp-inbox.ts';
import { sendEventReminders } from './reminders.ts';

const ID = 'event-mail-day';
const API = `/api/v1/events/${ID}`;
const GROUP = 'choice-mail-day-workshops';
const W = ['session-mail-day-w1', 'session-mail-day-w2'];

/** A one-day programme with an opening for everybody and two workshops of one seat each. */
const programme = {
  id: ID,
  name: 'Mail day',
  cityId: 'city-ghent',
  timezone: 'Europe/Brussels',
  startDate: '2026-03-10',
  endDate: '2026-03-10',
  language: 'en',
  venues: [
    {
      id: 'venue-mail-day-hall',
      name: 'Hall',
      rooms: [
        { id: 'room-mail-day-a', name: 'Room A', capacity: 1 },
        { id: 'room-mail-day-b', name: 'Room B', capacity: 1 },
      ],
    },
  ],
  choiceGroups: [{ id: GROUP, title: 'Workshops' }],
  sessions: [
    {
      id: 'session-mail-day-opening',
      kind: 'plenary',
      title: 'Opening',
      date: '2026-03-10',
      start: '08:30',
      end: '09:00',
      venueId: 'venue-mail-day-hall',
    },
    ...W.map((id, i) => ({
      id,
      kind: 'workshop',
      label: `Workshop ${i + 1}`,
      title: i === 0 ? 'Housing' : 'Jobs',
      date: '2026-03-10',
      start: '09:00',
      end: '10:30',
      venueId: 'venue-mail-day-hall',
      roomId: i === 0 ? 'room-mail-day-a' : 'room-mail-day-b',
      choiceGroup: GROUP,
    })),
  ],
};

describe.each(ENGINES)('event e-mails on %s', (engine) => {
  let t: TestApp;
  let inbox: Inbox;
  let organiser: Client;
  const people: { client: Client; id: string; email: string }[] = [];

  beforeAll(async () => {
    inbox = await startInbox();
    t = await startTestApp(engine, { env: { SMTP_URL: inbox.url, PUBLIC_BASE_URL: 'https://convivio.example.org' } });
    const admin = await t.signIn('admin');
    organiser = await t.signIn('reader');
    const made = await admin.request({ method: 'POST', url: '/api/v1/events?status=published', payload: programme });
    expect([made.statusCode, made.statusCode === 201 ? '' : made.body]).toEqual([201, '']);
    await admin.request({ method: 'PUT', url: `${API}/organisers/${organiser.user!.id}` });
  });
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('confirms a registration by e-mail to the participant', async () => {
    for (const [i, name] of ['Ana Pérez', 'Björn Olsen'].entries()) {
      const client = await t.signIn('reader');
      const res = await client.request({
        method: 'POST',
        url: `${API}/registrations`,
        payload: { name, role: 'researcher', consent: true },
      });
      expect(res.statusCode).toBe(201);
      const id = res.json().id as string;
      const rankings = { [GROUP]: i === 0 ? W : [...W].reverse() };
      expect(
        (await client.request({ method: 'PUT', url: `${API}/registrations/${id}/rankings`, payload: { rankings } }))
          .statusCode,
      ).toBe(200);
      people.push({ client, id, email: client.user!.email });
    }
    const mail = await inbox.next(people[0]!.email, /registered for Mail day/);
    expect(mail.text).toContain('Hello Ana Pérez');
    expect(mail.text).toContain('2026-03-10');
    expect(mail.text).toContain(`https://convivio.example.org/events/${ID}/register`);
    expect(mail.html).toContain('Mail day');
    await inbox.next(people[1]!.email, /registered for Mail day/);
  });

  it('sends each participant their assignment with their personal .ics attached, once per change', async () => {
    expect(people.length).toBe(2);
    const run = await organiser.request({ method: 'POST', url: `${API}/assignment`, payload: {} });
    expect(run.statusCode).toBe(200);
    for (const [i, p] of people.entries()) {
      const mail = await inbox.next(p.email, /Your sessions at Mail day/);
      const title = i === 0 ? 'Workshop 1: Housing' : 'Workshop 2: Jobs';
      expect(mail.text).toContain(title);
      expect(mail.html).toContain(title);
      expect(mail.attachments.length).toBe(1);
      const ics = mail.attachments[0]!;
      expect(ics.contentType).toBe('text/calendar');
      expect(ics.filename).toBe(`${ID}-my-agenda.ics`);
      const cal = readIcs(ics.content.toString('utf8'));
      expect(cal.events.map((e) => e.summary).sort()).toEqual(['Opening', title].sort());
      const workshop = cal.events.find((e) => e.summary === title)!;
      expect(workshop.start).toBe('2026-03-10T08:00:00.000Z');
    }
    const again = await organiser.request({ method: 'POST', url: `${API}/assignment`, payload: {} });
    expect(again.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.received.filter((r) => /Your sessions/.test(r.mail.subject ?? ''))).toEqual([]);
  });

  it('reminds each participant once before the event, with an unsubscribe link', async () => {
    const ctx = { db: t.db, config: t.config };
    const remind = (now: string, hours = 24) =>
      sendEventReminders(ctx, { hours, now: new Date(now), baseUrl: 'https://convivio.example.org' });
    expect(await remind('2026-03-09T06:00:00Z')).toEqual({ events: 0, messages: 0 });
    expect(await remind('2026-03-09T12:00:00Z')).toEqual({ events: 1, messages: 2 });
    const mail = await inbox.next(people[0]!.email, /Reminder: Mail day/);
    expect(mail.text).toContain('2026-03-10 07:30 UTC');
    expect(mail.text).toContain('Workshop 1: Housing');
    expect(mail.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(true);
    expect(mail.text).toMatch(/https:\/\/convivio\.example\.org\/mail\/unsubscribe\?token=/);
    await inbox.next(people[1]!.email, /Reminder: Mail day/);
    expect(await remind('2026-03-09T13:00:00Z')).toEqual({ events: 1, messages: 0 });
  });
});
