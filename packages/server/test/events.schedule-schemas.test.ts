import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from './harness.ts';
import { scheduleJsonProblems, scheduleXmlProblems } from './schedule-schemas.ts';

const BUNDLED: string[] = JSON.parse(
  fs.readFileSync(new URL('../../../data/convivio-dataset.json', import.meta.url), 'utf8'),
).events.map((e: { id: string }) => e.id);

/** An event with the edge cases: no venues or rooms, unicode titles, people without names, a short id. */
const edgeEvent = () => ({
  id: 'event-x',
  name: 'Ĉu «ĉiuj» – 移民 & <Integration> 🚀',
  timezone: 'Europe/Lisbon',
  startDate: '2024-03-30',
  endDate: '2024-04-01',
  language: 'pt',
  sessions: [
    {
      id: 'session-x-a',
      kind: 'plenary',
      title: 'Abertura: «Cidades» & ações – 🌍',
      date: '2024-03-30',
      start: '23:30',
      end: '23:59',
      people: [{ role: 'speaker' }, { name: 'José Ñúñez', role: 'chair', confirmed: false }],
    },
    { id: 'session-x-b', kind: 'other', title: 'Χαιρετισμός', date: '2024-03-31', start: '09:00', end: '10:00' },
    {
      id: 'session-x-c',
      kind: 'social',
      label: 'Ω',
      title: 'Noite',
      date: '2024-04-01',
      start: '19:00',
      end: '21:00',
      people: [{ organisation: 'Câmara Municipal', role: 'host' }],
    },
  ],
});

describe.each(ENGINES)('schedule exports against the c3voc schemas on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const admin = await t.signIn('admin');
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/events?status=published',
      payload: edgeEvent(),
    });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(async () => t?.close());

  it('bundles at least one event', () => expect(BUNDLED.length).toBeGreaterThan(0));

  for (const id of [...BUNDLED, 'event-x']) {
    it(`schedule.xml of ${id} validates against the XSD (libxml2)`, async () => {
      const res = await t.anonymous.request({ url: `/events/${id}/schedule.xml` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<event ');
      expect(await scheduleXmlProblems(res.body)).toEqual([]);
    });

    it(`schedule.json of ${id} validates against the JSON Schema (ajv, draft-06)`, async () => {
      const res = await t.anonymous.request({ url: `/events/${id}/schedule.json` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('"persons"');
      expect(scheduleJsonProblems(res.json())).toEqual([]);
    });
  }

  it('the validators find invalid schedules (they can fail)', async () => {
    const xml = (await t.anonymous.request({ url: '/events/event-x/schedule.xml' })).body;
    expect(await scheduleXmlProblems(xml.replace(/<duration>/, '<duration>soon'))).toHaveLength(1);
    expect(await scheduleXmlProblems(xml.replace(/<event guid="[^"]+"/, '<event'))).toHaveLength(1);
    const json = (await t.anonymous.request({ url: '/events/event-x/schedule.json' })).json();
    expect(scheduleJsonProblems({ ...json, schedule: { ...json.schedule, version: 3 } })).toHaveLength(1);
    const day = json.schedule.conference.days[0];
    const [room] = Object.keys(day.rooms);
    day.rooms[room][0].persons.push({ id: 1, public_name: 'A', name: 'A' });
    expect(scheduleJsonProblems(json)).toEqual([expect.stringContaining('must match exactly one schema in oneOf')]);
  });
});
