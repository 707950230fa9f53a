import { describe, expect, it } from 'vitest';
import { zEventRecord } from '@convivio/shared';
import { checkEventConsistency } from './consistency.ts';
import { choicePointsOf, roundTimes } from './choice-points.ts';

const event = (sessions: unknown[], over: Record<string, unknown> = {}) =>
  zEventRecord.parse({
    id: 'event-x',
    name: 'X',
    timezone: 'Europe/Rome',
    startDate: '2024-05-01',
    endDate: '2024-05-02',
    language: 'en',
    venues: [{ id: 'venue-x-hall', name: 'Hall', rooms: [{ id: 'room-x-hall-a', name: 'A', capacity: 30 }] }],
    choiceGroups: [{ id: 'choice-x-ws', title: 'Workshops' }],
    sessions,
    ...over,
  });
const ws = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  kind: 'workshop',
  title: id,
  date: '2024-05-01',
  start: '10:00',
  end: '12:00',
  choiceGroup: 'choice-x-ws',
  ...over,
});

describe('event record consistency', () => {
  it('accepts a coherent programme', () => {
    expect(
      checkEventConsistency(
        event([ws('session-x-a', { venueId: 'venue-x-hall', roomId: 'room-x-hall-a' }), ws('session-x-b')]),
      ),
    ).toEqual([]);
  });

  it('names each broken reference, date and time', () => {
    const issues = checkEventConsistency(
      event([
        ws('session-x-a', { venueId: 'venue-x-nowhere', date: '2024-06-01' }),
        ws('session-x-b', { start: '11:00', end: '10:00', roomId: 'room-x-hall-a' }),
        {
          id: 'session-y-c',
          kind: 'plenary',
          title: 'C',
          date: '2024-05-01',
          start: '09:00',
          rounds: 2,
          choiceGroup: 'choice-x-none',
        },
      ]),
    );
    const fields = issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'sessions.0.venueId',
        'sessions.0.date',
        'sessions.1.end',
        'sessions.1.roomId',
        'sessions.2.id',
        'sessions.2.rounds',
        'sessions.2.choiceGroup',
      ]),
    );
    expect(issues.find((i) => i.field === 'sessions.1.start')?.message).toContain('same time');
  });

  it('accepts a choice group still being filled (none or one session), as the programme API builds it', () => {
    expect(checkEventConsistency(event([]))).toEqual([]);
    expect(checkEventConsistency(event([ws('session-x-a')]))).toEqual([]);
  });

  it('needs as many presentations as a corner has rounds', () => {
    const corner = {
      id: 'session-x-corner',
      kind: 'projects-corner',
      title: 'Corner',
      date: '2024-05-01',
      start: '13:00',
      end: '14:00',
      rounds: 3,
      presentations: [
        { id: 'presentation-x-a', title: 'A' },
        { id: 'presentation-x-b', title: 'B' },
      ],
    };
    expect(checkEventConsistency(event([corner], { choiceGroups: [] })).map((i) => i.field)).toEqual([
      'sessions.0.rounds',
    ]);
  });
});

describe('choice points', () => {
  it('turns choice groups and corners into choice points, with capacities from sessions or rooms', () => {
    const rec = event([
      ws('session-x-a', { venueId: 'venue-x-hall', roomId: 'room-x-hall-a' }),
      ws('session-x-b', { capacity: 12 }),
      {
        id: 'session-x-corner',
        kind: 'projects-corner',
        title: 'Corner',
        date: '2024-05-01',
        start: '13:00',
        end: '14:00',
        rounds: 2,
        presentations: [
          { id: 'presentation-x-a', title: 'A', capacity: 5 },
          { id: 'presentation-x-b', title: 'B' },
        ],
      },
    ]);
    const points = choicePointsOf(rec);
    expect(points.map((p) => [p.id, p.kind, p.rounds])).toEqual([
      ['choice-x-ws', 'parallel', 1],
      ['session-x-corner', 'corner', 2],
    ]);
    expect(points[0].options.map((o) => o.capacity)).toEqual([30, 12]);
    expect(points[1].options.map((o) => o.capacity)).toEqual([5, null]);
  });

  it('splits a slot into rounds', () => {
    expect(roundTimes('13:30', '14:30', 2, 25)).toEqual([
      { start: '13:30', end: '13:55' },
      { start: '14:00', end: '14:25' },
    ]);
    expect(roundTimes('13:30', '14:30', 2, null)).toEqual([
      { start: '13:30', end: '14:00' },
      { start: '14:00', end: '14:30' },
    ]);
    expect(roundTimes('10:00', null, 1, null)).toEqual([{ start: '10:00', end: null }]);
  });
});
