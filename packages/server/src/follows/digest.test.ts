import { describe, expect, it } from 'vitest';
import { buildDigest, type PracticeChange } from './digest.ts';

const practice = (id: string, at: string, over: Partial<PracticeChange> = {}): PracticeChange => ({
  id,
  name: `Practice ${id}`,
  cityId: null,
  themes: [],
  challengeIds: [],
  created: false,
  at,
  ...over,
});
const SINCE = '2026-01-01T00:00:00.000Z';

describe('a digest', () => {
  it('says "nothing new" when nothing is followed, or nothing followed changed since the last digest', () => {
    expect(buildDigest([], { practices: [practice('a', '2026-02-01T00:00:00.000Z')], assessments: [] }, SINCE)).toEqual(
      { status: 'nothing-new', follows: 0 },
    );
    const old = practice('a', '2025-12-31T23:59:59.000Z', { cityId: 'city-x' });
    expect(buildDigest([{ kind: 'city', target: 'city-x' }], { practices: [old], assessments: [] }, SINCE)).toEqual({
      status: 'nothing-new',
      follows: 1,
    });
  });

  it('picks per follow the practices of the city, of the theme and addressing the challenge, the latest first', () => {
    const changes = {
      practices: [
        practice('older', '2026-01-02T00:00:00.000Z', { cityId: 'city-x', themes: ['housing'] }),
        practice('newer', '2026-01-05T00:00:00.000Z', { cityId: 'city-x', created: true }),
        practice('elsewhere', '2026-01-03T00:00:00.000Z', { cityId: 'city-y', challengeIds: ['language'] }),
      ],
      assessments: [
        {
          cityId: 'city-x',
          cycleId: 'cycle-a',
          commitmentId: 'c1',
          status: 'achieved',
          at: '2026-01-04T00:00:00.000Z',
        },
        {
          cityId: 'city-x',
          cycleId: 'cycle-a',
          commitmentId: 'c2',
          status: 'achieved',
          at: '2025-06-01T00:00:00.000Z',
        },
        {
          cityId: 'city-y',
          cycleId: 'cycle-a',
          commitmentId: 'c1',
          status: 'achieved',
          at: '2026-01-04T00:00:00.000Z',
        },
      ],
    };
    const d = buildDigest(
      [
        { kind: 'city', target: 'city-x' },
        { kind: 'theme', target: 'housing' },
        { kind: 'challenge', target: 'language' },
        { kind: 'theme', target: 'health' },
      ],
      changes,
      SINCE,
    );
    expect(d.status).toBe('news');
    if (d.status !== 'news') return;
    expect(d.entries.map((e) => e.follow.target)).toEqual(['city-x', 'housing', 'language']);
    expect(d.entries[0]!.practices).toEqual([
      { id: 'newer', name: 'Practice newer', change: 'new' },
      { id: 'older', name: 'Practice older', change: 'updated' },
    ]);
    expect(d.entries[0]!.assessments).toEqual([{ cycleId: 'cycle-a', commitmentId: 'c1', status: 'achieved' }]);
    expect(d.entries[1]!.practices.map((p) => p.id)).toEqual(['older']);
    expect(d.entries[1]!.assessments).toEqual([]);
    expect(d.entries[2]!.practices.map((p) => p.id)).toEqual(['elsewhere']);
  });

  it("gives a followed city's events (new, or registration opened since) and its evidence runs, and nothing to a theme", () => {
    const ev = (id: string, publishedAt: string, registrationOpenedAt: string | null) => ({
      id,
      name: `Event ${id}`,
      cityId: 'city-x',
      startDate: '2026-05-01',
      publishedAt,
      registrationOpenedAt,
    });
    const d = buildDigest(
      [
        { kind: 'city', target: 'city-x' },
        { kind: 'theme', target: 'housing' },
      ],
      {
        practices: [],
        assessments: [],
        events: [
          ev('new', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
          ev('reopened', '2025-06-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'),
          ev('old', '2025-06-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z'),
          ev('closed', '2025-06-01T00:00:00.000Z', null),
          { ...ev('elsewhere', '2026-02-01T00:00:00.000Z', null), cityId: 'city-y' },
        ],
        evidence: [
          { runId: 'r-old', datasetName: 'Old', cityId: 'city-x', at: '2025-12-01T00:00:00.000Z' },
          { runId: 'r1', datasetName: 'First', cityId: 'city-x', at: '2026-02-01T00:00:00.000Z' },
          { runId: 'r2', datasetName: 'Second', cityId: 'city-x', at: '2026-03-01T00:00:00.000Z' },
          { runId: 'r-y', datasetName: 'Elsewhere', cityId: 'city-y', at: '2026-03-01T00:00:00.000Z' },
        ],
      },
      SINCE,
    );
    if (d.status !== 'news') throw new Error('expected news');
    expect(d.entries.length).toBe(1);
    expect(d.entries[0]!.events).toEqual([
      { id: 'new', name: 'Event new', startDate: '2026-05-01', change: 'new' },
      { id: 'reopened', name: 'Event reopened', startDate: '2026-05-01', change: 'registration' },
    ]);
    expect(d.entries[0]!.evidence).toEqual([
      { runId: 'r2', datasetName: 'Second' },
      { runId: 'r1', datasetName: 'First' },
    ]);
  });
});
