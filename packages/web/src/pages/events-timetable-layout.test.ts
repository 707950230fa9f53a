import { describe, expect, it } from 'vitest';
import { zEventRecord, type EventInput } from '@convivio/shared';
import { timetableLayout } from './events-timetable-layout.ts';

const session = (id: string, start: string, end: string | null, roomId: string | null = null) => ({
  id: `session-${id}`,
  kind: 'workshop' as const,
  title: id,
  date: '2024-05-02',
  start,
  end,
  venueId: 'venue-hall',
  roomId,
});

const record = (sessions: ReturnType<typeof session>[]) =>
  zEventRecord.parse({
    id: 'event-test',
    name: 'Test',
    timezone: 'Europe/Rome',
    startDate: '2024-05-02',
    endDate: '2024-05-02',
    language: 'en',
    venues: [
      {
        id: 'venue-hall',
        name: 'Hall',
        rooms: [
          { id: 'room-b', name: 'B' },
          { id: 'room-a', name: 'A' },
        ],
      },
    ],
    sessions,
  } satisfies EventInput);

describe('timetable layout', () => {
  it('puts parallel sessions without a room in lanes side by side, and a lone session across them', () => {
    const rec = record([
      session('opening', '09:00', '10:00'),
      session('w1', '10:00', '12:00'),
      session('w2', '10:00', '12:00'),
      session('w3', '11:00', '12:30'),
      session('dinner', '19:00', null),
    ]);
    const layout = timetableLayout(rec, rec.sessions);
    expect(layout.groups).toEqual([{ roomId: null, column: 2, lanes: 3 }]);
    expect(layout.times).toEqual(['09:00', '10:00', '11:00', '12:00', '12:30', '19:00']);
    const cell = (id: string) => layout.cells.find((c) => c.session.id === `session-${id}`)!;
    expect(cell('opening')).toMatchObject({ row: [2, 3], column: [2, 5] });
    expect(cell('w1')).toMatchObject({ row: [3, 5], column: [2, 3] });
    expect(cell('w2')).toMatchObject({ row: [3, 5], column: [3, 4] });
    expect(cell('w3')).toMatchObject({ row: [4, 6], column: [4, 5] });
    expect(cell('dinner')).toMatchObject({ row: [7, 8], column: [2, 5] });
    expect(layout.startRows.map((r) => r.time)).toEqual(['09:00', '10:00', '11:00', '19:00']);
  });

  it('gives each room its column, in the order of the venue, before the sessions without a room', () => {
    const rec = record([
      session('in-a', '10:00', '11:00', 'room-a'),
      session('nowhere', '10:00', '11:00'),
      session('in-b', '10:00', '11:00', 'room-b'),
    ]);
    const layout = timetableLayout(rec, rec.sessions);
    expect(layout.groups.map((g) => [g.roomId, g.column])).toEqual([
      ['room-b', 2],
      ['room-a', 3],
      [null, 4],
    ]);
    expect(layout.columns).toBe(4);
    const tops = layout.cells.map((c) => c.row[0]);
    expect(new Set(tops)).toEqual(new Set([2]));
  });
});
