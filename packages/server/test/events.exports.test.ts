import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type Client, type TestApp } from './harness.ts';
import { unfoldIcs, xmlProblems } from './events-format-checks.ts';
import { readIcs } from './ics-reader.ts';

const MILAN = 'event-icc-milan-2018';

describe.each(ENGINES)('event exports (iCalendar, Frab JSON and XML) on %s', (engine) => {
  let t: TestApp;
  let participant: Client;
  let participantId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { PUBLIC_BASE_URL: 'https://convivio.example.org/' } });
    participant = await t.signIn('reader');
    participantId = (
      await participant.request({
        method: 'POST',
        url: `/api/v1/events/${MILAN}/registrations`,
        payload: { role: 'researcher', consent: true },
      })
    ).json().id;
    await participant.request({
      method: 'PUT',
      url: `/api/v1/events/${MILAN}/registrations/${participantId}/rankings`,
      payload: {
        rankings: {
          'choice-icc-milan-2018-workshops-1': ['session-icc-milan-2018-d1-workshop-4'],
          'session-icc-milan-2018-d1-projects-corner': [
            'presentation-icc-milan-2018-munich-masterplan',
            'presentation-icc-milan-2018-cities-grow',
          ],
        },
      },
    });
    const admin = await t.signIn('admin');
    expect(
      (await admin.request({ method: 'POST', url: `/api/v1/events/${MILAN}/assignment`, payload: {} })).statusCode,
    ).toBe(200);
  });
  afterAll(async () => t?.close());

  it('exports the whole programme as valid iCalendar with UTC times, escaping and folding', async () => {
    const res = await t.anonymous.request({ url: `/events/${MILAN}/calendar.ics` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    const body = res.body;
    expect(body.endsWith('\r\n')).toBe(true);
    const physical = body.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = unfoldIcs(body);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(22);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(22);
    // 9:00 in Milan on 7 November 2018 (CET, UTC+1) is 8:00 UTC.
    const read = readIcs(body);
    expect(read.events).toHaveLength(22);
    const opening = read.events.find((e) => e.summary === 'Opening & Welcome speeches')!;
    expect(opening).toMatchObject({ start: '2018-11-07T08:00:00.000Z', end: '2018-11-07T08:50:00.000Z', zone: 'UTC' });
    expect(opening.uid).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}@convivio\.example\.org$/,
    );
    expect(new Set(read.events.map((e) => e.uid)).size).toBe(22);
    for (const e of read.events) {
      expect(e.end, e.summary).not.toBeNull();
      expect(e.end! > e.start, e.summary).toBe(true);
    }
    // The programme gives no end for the second day's registration: it ends when the panel starts (9:00).
    const registration = read.events.filter((e) => e.summary === 'Registration');
    expect(registration.map((e) => e.end)).toEqual(['2018-11-07T08:00:00.000Z', '2018-11-08T08:00:00.000Z']);
    expect(lines).toContain('SUMMARY:Opening & Welcome speeches');
    expect(lines).toContain('LOCATION:Fabbrica del Vapore\\, Via Giulio Cesare Procaccini 4\\, 20154 Milan');
    const descriptions = lines.filter((l) => l.startsWith('DESCRIPTION:'));
    expect(descriptions.length).toBeGreaterThan(0);
    expect(descriptions.filter((l) => /[^\\][,;]/.test(l.slice(12)))).toEqual([]);
    const stamps = lines.filter((l) => l.startsWith('DTSTAMP:'));
    expect(stamps.length).toBeGreaterThan(0);
    expect(stamps.filter((l) => !/^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toEqual([]);
  });

  it("exports a participant's own agenda, with their workshop and corner rounds only", async () => {
    expect(
      (await t.anonymous.request({ url: `/api/v1/events/${MILAN}/registrations/${participantId}/calendar.ics` }))
        .statusCode,
    ).toBe(401);
    const res = await participant.request({
      url: `/api/v1/events/${MILAN}/registrations/${participantId}/calendar.ics`,
    });
    expect(res.statusCode).toBe(200);
    const lines = unfoldIcs(res.body);
    const summaries = lines.filter((l) => l.startsWith('SUMMARY:'));
    expect(summaries).toContain('SUMMARY:Workshop 4: The challenge of family reunification');
    expect(summaries.some((s) => s.includes('Workshop 3'))).toBe(false);
    expect(summaries).toContain(
      'SUMMARY:Projects & best practices corner (round 1): Munich Masterplan for the integration of refugees',
    );
    expect(lines.filter((l) => /^UID:[0-9a-f-]{36}-round-2@convivio\.example\.org$/.test(l))).toHaveLength(1);
    const read = readIcs(res.body);
    expect(read.events.length).toBe(summaries.length);
    expect(read.events.every((e) => e.end !== null && e.zone === 'UTC')).toBe(true);
    // Round 1 of the corner: 13:30–13:55 local time.
    expect(lines).toContain('DTSTART:20181107T123000Z');
    expect(lines).toContain('DTEND:20181107T125500Z');
    const web = await participant.request({ url: `/events/${MILAN}/me/calendar.ics` });
    expect(web.statusCode).toBe(200);
    expect(unfoldIcs(web.body).filter((l) => l.startsWith('SUMMARY:'))).toEqual(summaries);
  });

  it('exports the schedule as Frab/pretalx JSON with the keys schedule clients need', async () => {
    const res = await t.anonymous.request({ url: `/events/${MILAN}/schedule.json` });
    expect(res.statusCode).toBe(200);
    const { schedule } = res.json();
    expect(schedule).toEqual(
      expect.objectContaining({
        version: expect.any(String),
        base_url: expect.stringContaining('/events/event-icc-milan-2018/'),
      }),
    );
    const conf = schedule.conference;
    expect(conf).toMatchObject({
      acronym: 'icc_milan_2018',
      title: 'Integrating Cities Conference',
      start: '2018-11-07',
      end: '2018-11-08',
      daysCount: 2,
      time_zone_name: 'Europe/Rome',
    });
    expect(conf.days.map((d: { date: string }) => d.date)).toEqual(['2018-11-07', '2018-11-08']);
    expect(conf.days[0]).toMatchObject({ index: 1, day_start: '2018-11-07T08:30:00+01:00' });
    const talks = conf.days.flatMap((d: { rooms: Record<string, unknown[]> }) =>
      Object.values(d.rooms).flat(),
    ) as Record<string, unknown>[];
    expect(talks).toHaveLength(22);
    for (const talk of talks) {
      for (const key of [
        'guid',
        'id',
        'date',
        'start',
        'duration',
        'room',
        'slug',
        'title',
        'subtitle',
        'track',
        'type',
        'language',
        'abstract',
        'description',
        'persons',
        'links',
        'attachments',
        'url',
      ]) {
        expect(talk).toHaveProperty(key);
      }
      expect(talk.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(talk.duration).toMatch(/^\d{2}:\d{2}$/);
      expect(talk.start).toMatch(/^\d{2}:\d{2}$/);
    }
    const ws3 = talks.find((x) => x.slug === 'icc_milan_2018-d1-workshop-3')!;
    expect(ws3).toMatchObject({
      start: '10:30',
      duration: '02:00',
      type: 'workshop',
      room: 'Fabbrica del Vapore – Workshop 3',
      date: '2018-11-07T10:30:00+01:00',
    });
    const opening = talks.find((x) => x.slug === 'icc_milan_2018-d1-opening')!;
    expect((opening.persons as { public_name: string }[]).map((p) => p.public_name)).toContain('Giuseppe Sala');
    const days = conf.days as { rooms: Record<string, { room: string }[]> }[];
    for (const d of days)
      for (const [room, list] of Object.entries(d.rooms)) for (const talk of list) expect(talk.room).toBe(room);
    expect(res.body).not.toContain(participant.user!.email);
    expect(schedule.base_url).toBe('https://convivio.example.org/events/event-icc-milan-2018/');
  });

  it('gives each session the same identity in the .ics, schedule.json and schedule.xml', async () => {
    const json = (await t.anonymous.request({ url: `/events/${MILAN}/schedule.json` })).json();
    const talks = json.schedule.conference.days.flatMap((d: { rooms: Record<string, unknown[]> }) =>
      Object.values(d.rooms).flat(),
    ) as { guid: string; title: string }[];
    expect(talks).toHaveLength(22);
    const xml = (await t.anonymous.request({ url: `/events/${MILAN}/schedule.xml` })).body;
    const xmlGuids = [...xml.matchAll(/<event guid="([0-9a-f-]{36})"/g)].map((m) => m[1]);
    expect(xmlGuids.sort()).toEqual(talks.map((x) => x.guid).sort());
    const ics = readIcs((await t.anonymous.request({ url: `/events/${MILAN}/calendar.ics` })).body).events;
    expect(ics.map((e) => e.uid).sort()).toEqual(talks.map((x) => `${x.guid}@convivio.example.org`).sort());
    const opening = talks.find((x) => x.title === 'Opening & Welcome speeches')!;
    expect(ics.find((e) => e.summary === 'Opening & Welcome speeches')!.uid).toBe(
      `${opening.guid}@convivio.example.org`,
    );
    const mine = readIcs(
      (await participant.request({ url: `/api/v1/events/${MILAN}/registrations/${participantId}/calendar.ics` })).body,
    ).events;
    expect(mine.find((e) => e.summary === 'Opening & Welcome speeches')!.uid).toBe(
      `${opening.guid}@convivio.example.org`,
    );
  });

  it('exports well-formed Frab schedule.xml with days, rooms and events', async () => {
    const res = await t.anonymous.request({ url: `/events/${MILAN}/schedule.xml` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('xml');
    const xml = res.body;
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<schedule>/);
    expect(xml.match(/<day index="\d" date="[\d-]+" start="[^"]+" end="[^"]+">/g)).toHaveLength(2);
    expect(xml.match(/<event guid="[0-9a-f-]{36}" id="\d+">/g)).toHaveLength(22);
    expect(xml).toContain('<title>Opening &amp; Welcome speeches</title>');
    expect(xml).toContain('<time_zone_name>Europe/Rome</time_zone_name>');
    expect(xml).toContain('<room name="Fabbrica del Vapore – Workshop 1"');
  });

  it('exports the same under /api/v1, and refuses drafts to strangers', async () => {
    expect((await t.anonymous.request({ url: `/api/v1/events/${MILAN}/schedule.json` })).statusCode).toBe(200);
    expect((await t.anonymous.request({ url: '/events/event-nope/schedule.xml' })).statusCode).toBe(404);
  });

  it('finds malformed XML (the checker itself)', () => {
    expect(xmlProblems('<?xml version="1.0"?><a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a>x & y</a>')).not.toEqual([]);
    expect(xmlProblems('<a x="1" x="2"/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<a t="&lt;ok&gt;">&#233; &amp;<b/></a>')).toEqual([]);
  });
});
