import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '@convivio/shared';
import { BUNDLED_DATASET } from '../src/bootstrap.ts';
import { exportDataset, exportSectionCsv, importDataset } from '../src/dataset-sections.ts';
import type { Database } from '../src/db/database.ts';
import { AppError } from '../src/errors.ts';
import { ENGINES, freshDatabase } from './harness.ts';

const MILAN = 'event-icc-milan-2018';
const part = () => JSON.parse(fs.readFileSync(BUNDLED_DATASET, 'utf8')).events[0] as EventRecord;
const milanOf = async (db: Database) =>
  (
    await db.query<{ record: EventRecord; version: number; status: string }>(
      'SELECT record, version, status FROM events WHERE id = $1',
      [MILAN],
    )
  ).rows[0];

describe.each(ENGINES)('the events section of the data set on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    // The run's seeded template: migrated and loaded with the bundled data set by seedIfEmpty.
    ({ db, drop } = await freshDatabase(engine, { seeded: true }));
  });
  afterAll(async () => drop?.());

  it('ships the Milan conference in the bundled data set', () => {
    const file = JSON.parse(fs.readFileSync(BUNDLED_DATASET, 'utf8'));
    expect(file.events.map((e: { id: string }) => e.id)).toContain(MILAN);
  });

  it('imports the Milan programme: both days, 8 workshops, a 2-round corner of 5 presentations, 2 site visits, the venues', async () => {
    const { record: e, status } = await milanOf(db);
    expect(status).toBe('published');
    expect([...new Set(e.sessions.map((s) => s.date))]).toEqual(['2018-11-07', '2018-11-08']);
    const workshops = e.sessions.filter((s) => s.kind === 'workshop');
    expect(workshops).toHaveLength(8);
    expect(new Set(workshops.map((s) => s.choiceGroup))).toEqual(
      new Set(['choice-icc-milan-2018-workshops-1', 'choice-icc-milan-2018-workshops-2']),
    );
    const corner = e.sessions.find((s) => s.kind === 'projects-corner')!;
    expect(corner.rounds).toBe(2);
    expect(corner.roundMinutes).toBe(25);
    expect(corner.presentations.map((p) => p.practiceId)).toEqual([
      'practice-cities-grow',
      'practice-d4i-data-for-integration',
      'practice-munich-masterplan',
      'practice-mifriendly-cities',
      'practice-milan-msna-service-centre',
    ]);
    const visits = e.sessions.filter((s) => s.kind === 'site-visit');
    expect(visits).toHaveLength(2);
    expect(visits.every((v) => v.choiceGroup === 'choice-icc-milan-2018-site-visits' && v.stops.length === 2)).toBe(
      true,
    );
    expect(e.venues.find((v) => v.id === 'venue-icc-milan-2018-fabbrica-del-vapore')).toMatchObject({
      address: 'Via Giulio Cesare Procaccini 4, 20154 Milan',
      cityId: 'city-milan',
    });
    expect(e.venues.find((v) => v.id === 'venue-icc-milan-2018-mudec')!.address).toBe('56 Via Tortona, 20144 Milan');
    expect(e.venues).toHaveLength(6);
    const index = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM event_items WHERE event_id = $1 AND kind = 'presentation' AND practice_id IS NOT NULL",
      [MILAN],
    );
    expect(index.rows[0].n).toBe(5);
  });

  it('updates instead of duplicating when the same event is imported again', async () => {
    const before = (await milanOf(db)).version;
    const summary = await importDataset(db, { format: 'convivio/v1', events: [part()] });
    expect(summary.events).toEqual({ created: 0, updated: 1 });
    expect((await milanOf(db)).version).toBe(before + 1);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n).toBe(1);
  });

  it('rejects unknown practices and cities and broken references, naming each, and changes nothing', async () => {
    const bad = part();
    bad.id = 'event-broken';
    const retarget = (id: string) => id.replace('icc-milan-2018', 'broken');
    bad.venues = bad.venues.map((v) => ({
      ...v,
      id: retarget(v.id),
      rooms: v.rooms.map((r) => ({ ...r, id: retarget(r.id) })),
    }));
    bad.choiceGroups = bad.choiceGroups.map((g) => ({ ...g, id: retarget(g.id) }));
    bad.sessions = bad.sessions.map((s) => ({
      ...s,
      id: retarget(s.id),
      venueId: s.venueId && retarget(s.venueId),
      roomId: s.roomId && retarget(s.roomId),
      stops: s.stops.map(retarget),
      choiceGroup: s.choiceGroup && retarget(s.choiceGroup),
      presentations: s.presentations.map((p) => ({ ...p, id: retarget(p.id) })),
    }));
    bad.sessions[9].presentations[0].practiceId = 'practice-does-not-exist';
    bad.cityId = 'city-atlantis';
    bad.sessions[4].venueId = 'venue-broken-nowhere';
    const before = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n;
    const err = await importDataset(db, { format: 'convivio/v1', events: [bad] }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('import_invalid');
    const fields = err.issues.map((i: { field: string }) => i.field);
    expect(fields).toContain('events[0].sessions.4.venueId');
    delete (bad.sessions[4] as { venueId?: string | null }).venueId;
    const refs = await importDataset(db, { format: 'convivio/v1', events: [bad] }).catch((e) => e);
    const refFields = refs.issues.map((i: { field: string }) => i.field);
    expect(refFields).toEqual(
      expect.arrayContaining(['events[0].cityId', 'events[0].sessions.9.presentations.0.practiceId']),
    );
    expect(
      refs.issues.find((i: { field: string }) => i.field === 'events[0].sessions.9.presentations.0.practiceId').message,
    ).toContain('practice-does-not-exist');
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0].n).toBe(before);
  });

  it('refuses a nested id that another event already uses', async () => {
    // "event-icc" passes the id-prefix rule with Milan's own nested ids ("session-icc-…"), so only the clash check stops it.
    const copy = { ...part(), id: 'event-icc' };
    const err = await importDataset(db, { format: 'convivio/v1', events: [copy] }).catch((e) => e);
    expect(err.code).toBe('import_invalid');
    expect(err.issues).toContainEqual(
      expect.objectContaining({
        field: 'events[0].sessions.1.id',
        message: expect.stringContaining('already belongs to event "event-icc-milan-2018"'),
      }),
    );
    const misnamed = { ...part(), id: 'event-other' };
    const prefix = await importDataset(db, { format: 'convivio/v1', events: [misnamed] }).catch((e) => e);
    expect(prefix.issues.some((i: { message: string }) => i.message.includes('must start with "venue-other-"'))).toBe(
      true,
    );
  });

  it('exports events in the import format, re-importable as they are, and as CSV', async () => {
    const file = await exportDataset(db, { includeDrafts: false });
    const events = file.events as EventRecord[];
    expect(events.map((e) => e.id)).toEqual([MILAN]);
    expect(events[0].sessions).toHaveLength(22);
    expect(JSON.stringify(events[0])).not.toMatch(/participant-/);
    const again = await importDataset(db, { format: 'convivio/v1', events });
    expect(again.events).toEqual({ created: 0, updated: 1 });
    const csv = await exportSectionCsv(db, 'events', { includeDrafts: false });
    expect(csv.split('\r\n')[0]).toBe(
      'id,name,description,background,cityId,host,timezone,startDate,endDate,language,links,venues,choiceGroups,sessions,keyMessages,notes,source.document,source.section,additionalSources,status',
    );
    expect(csv).toContain(MILAN);
  });
});
