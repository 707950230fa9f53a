import { describe, expect, it } from 'vitest';
import { areaCoverage, influenceInterestGrid, quadrantOf, stakeholderNetwork } from './stakeholder-map.ts';
import type { StakeholderRecord } from './stakeholder.ts';

const s = (id: string, over: Partial<StakeholderRecord> = {}) => ({
  id,
  name: id,
  area: 'civil-society' as const,
  roles: [],
  influence: null,
  interest: null,
  engagementStatus: null,
  practiceIds: [],
  ...over,
});

describe('the influence/interest grid', () => {
  it('puts ratings of 3 and above on the high side', () => {
    expect(quadrantOf(3, 3)).toBe('key-players');
    expect(quadrantOf(5, 2)).toBe('keep-satisfied');
    expect(quadrantOf(2, 5)).toBe('keep-informed');
    expect(quadrantOf(1, 2)).toBe('monitor');
    expect(quadrantOf(null, 4)).toBeNull();
  });

  it('lists each stakeholder once, by name within its cell, and the unrated apart', () => {
    const g = influenceInterestGrid([
      s('b', { influence: 4, interest: 4 }),
      s('a', { influence: 5, interest: 3 }),
      s('c'),
      s('d', { influence: 1, interest: 1 }),
    ]);
    expect(g.quadrants['key-players'].map((x) => x.id)).toEqual(['a', 'b']);
    expect(g.quadrants.monitor.map((x) => x.id)).toEqual(['d']);
    expect(g.unrated.map((x) => x.id)).toEqual(['c']);
  });
});

describe('area coverage', () => {
  it('counts the five areas in order, marks gaps and thin areas, and leaves withdrawn stakeholders out', () => {
    const rows = areaCoverage([
      s('a', { area: 'education', engagementStatus: 'active', roles: ['service-provider'] }),
      s('b', { area: 'education' }),
      s('c', { area: 'economy', engagementStatus: 'withdrawn' }),
      s('d', { area: 'migrant-communities' }),
    ]);
    expect(rows.map((r) => [r.area, r.count, r.level])).toEqual([
      ['public-administration', 0, 'gap'],
      ['migrant-communities', 1, 'thin'],
      ['education', 2, 'covered'],
      ['civil-society', 0, 'gap'],
      ['economy', 0, 'gap'],
    ]);
    expect(rows[2]).toMatchObject({ engaged: 1, roles: { 'service-provider': 1 } });
    expect(rows[4].withdrawn).toBe(1);
  });
});

describe('the stakeholder network', () => {
  it('links stakeholders to known practices and labs, leaving out unlinked practices and labs', () => {
    const n = stakeholderNetwork(
      [s('a', { practiceIds: ['p1', 'p-gone'] }), s('b')],
      [
        { id: 'p1', name: 'P1' },
        { id: 'p2', name: 'P2' },
      ],
      [
        { id: 'lab-1', name: 'Lab', stakeholderIds: ['b', 'x'] },
        { id: 'lab-2', name: 'Empty', stakeholderIds: [] },
      ],
    );
    expect(n.nodes.map((x) => `${x.kind}:${x.id}`)).toEqual([
      'stakeholder:a',
      'stakeholder:b',
      'practice:p1',
      'lab:lab-1',
    ]);
    expect(n.edges).toEqual([
      { from: 'a', to: 'p1' },
      { from: 'b', to: 'lab-1' },
    ]);
  });
});
