import { zCycleWrite } from '@convivio/shared';
import { describe, expect, it } from 'vitest';
import { buildCycleReport, changeOf } from './cycle-report.ts';
import { implementingPractices, weakestCommitments } from './weakest.ts';

const commitments = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe("a city's weakest commitments", () => {
  it('says "not enough data" for a city that assessed nothing, or only what does not apply to it', () => {
    expect(weakestCommitments(commitments, [])).toEqual({ status: 'not-enough-data' });
    expect(weakestCommitments(commitments, [{ commitmentId: 'b', status: 'not-applicable' }])).toEqual({
      status: 'not-enough-data',
    });
  });

  it('puts not started before in progress, in charter order, and leaves out achieved and unassessed ones', () => {
    const result = weakestCommitments(commitments, [
      { commitmentId: 'd', status: 'not-started' },
      { commitmentId: 'a', status: 'in-progress' },
      { commitmentId: 'b', status: 'achieved' },
      { commitmentId: 'c', status: 'not-started' },
    ]);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.assessed).toBe(4);
    expect(result.items.map((i) => [i.commitment.id, i.status])).toEqual([
      ['c', 'not-started'],
      ['d', 'not-started'],
      ['a', 'in-progress'],
    ]);
    const limited = weakestCommitments(commitments, [{ commitmentId: 'a', status: 'in-progress' }], 0);
    expect(limited).toEqual({ status: 'ok', assessed: 1, items: [] });
  });

  it('has no weak commitment when everything assessed is achieved', () => {
    expect(
      weakestCommitments(commitments, [
        { commitmentId: 'a', status: 'achieved' },
        { commitmentId: 'b', status: 'not-applicable' },
      ]),
    ).toEqual({ status: 'ok', assessed: 1, items: [] });
  });

  it("finds other cities' implementing practices, achieved first, each once, never the city's own", () => {
    const found = implementingPractices('here', 'a', [
      { cityId: 'here', commitmentId: 'a', status: 'achieved', practiceIds: ['own'] },
      { cityId: 'x', commitmentId: 'a', status: 'in-progress', practiceIds: ['p1', 'p2'] },
      { cityId: 'y', commitmentId: 'a', status: 'achieved', practiceIds: ['p2', 'p3'] },
      { cityId: 'z', commitmentId: 'a', status: 'not-started', practiceIds: ['p4'] },
      { cityId: 'y', commitmentId: 'b', status: 'achieved', practiceIds: ['p5'] },
    ]);
    expect(found).toEqual([
      { practiceId: 'p2', cityId: 'y', status: 'achieved' },
      { practiceId: 'p3', cityId: 'y', status: 'achieved' },
      { practiceId: 'p1', cityId: 'x', status: 'in-progress' },
    ]);
  });
});

describe('the cycle report', () => {
  const role = 'employer' as const;
  const rows = [
    { id: 'charter-integrating-cities-a', role, text: 'A' },
    { id: 'charter-integrating-cities-b', role, text: 'B' },
  ];
  const cities = [
    { id: 'x', name: 'X', signatory: true },
    { id: 'y', name: 'Y', signatory: true },
  ];

  it('tells how a status moved', () => {
    expect(changeOf('not-started', 'achieved')).toBe('improved');
    expect(changeOf('achieved', 'in-progress')).toBe('declined');
    expect(changeOf('in-progress', 'in-progress')).toBe('same');
    expect(changeOf(null, 'in-progress')).toBe('new');
    expect(changeOf('in-progress', null)).toBe('not-comparable');
    expect(changeOf('not-applicable', 'achieved')).toBe('not-comparable');
  });

  it('lays out commitments × cities and counts changes per commitment against the earlier cycle', () => {
    const report = buildCycleReport({
      commitments: rows,
      cities,
      current: [
        { cityId: 'x', commitmentId: rows[0]!.id, status: 'achieved' },
        { cityId: 'y', commitmentId: rows[0]!.id, status: 'not-started' },
        { cityId: 'x', commitmentId: rows[1]!.id, status: 'in-progress' },
      ],
      previous: [
        { cityId: 'x', commitmentId: rows[0]!.id, status: 'in-progress' },
        { cityId: 'y', commitmentId: rows[0]!.id, status: 'in-progress' },
      ],
    });
    expect(report.cities.map((c) => c.assessed)).toEqual([2, 1]);
    expect(report.rows).toHaveLength(2);
    expect(report.rows[0]).toMatchObject({ achieved: 1, improved: 1, declined: 1 });
    expect(report.rows[0]!.cells.map((c) => c.change)).toEqual(['improved', 'declined']);
    expect(report.rows[1]!.cells.map((c) => [c.status, c.change])).toEqual([
      ['in-progress', 'new'],
      [null, 'not-comparable'],
    ]);
  });

  it('has no change columns without an earlier cycle', () => {
    const report = buildCycleReport({ commitments: rows, cities, current: [], previous: null });
    expect(report.rows[0]!.cells[0]).toEqual({ cityId: 'x', status: null });
    expect(report.rows[0]!.achieved).toBe(0);
  });
});

describe('a cycle', () => {
  it('lasts at most two years and ends after it starts', () => {
    expect(zCycleWrite.safeParse({ name: 'C', startsOn: '2025-01-01', endsOn: '2027-01-01' }).success).toBe(true);
    const tooLong = zCycleWrite.safeParse({ name: 'C', startsOn: '2025-01-01', endsOn: '2027-01-02' });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.path).toEqual(['endsOn']);
    expect(zCycleWrite.safeParse({ name: 'C', startsOn: '2025-01-01', endsOn: '2025-01-01' }).success).toBe(false);
  });
});
