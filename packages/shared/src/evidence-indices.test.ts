import { describe, expect, it } from 'vitest';
import { defaultIndexKey, indexValue, listIndices } from './evidence-indices.ts';
import type { AreaResult } from './evidence.ts';

const area = (code: string, d: number | null): AreaResult => ({
  area: code,
  cells: 10,
  population: 250,
  groups: { EU: { dissimilarity: 0.2, gini: 0.3 } },
  multigroup: { information_theory: 0.1, dissimilarity: d },
  spatial: [
    {
      kernel: 'triangular',
      bandwidth: 500,
      compat: 'textbook',
      groups: { EU: { dissimilarity: 0.15 } },
      multigroup: { information_theory: 0.05 },
    },
  ],
});

describe("index keys of a run's results", () => {
  it('lists every index of the first area with a stable key', () => {
    const refs = listIndices([area('ALL', 0.3), area('A', 0.4)]);
    expect(refs.map((r) => r.key)).toEqual([
      'population',
      'cells',
      'multigroup.information_theory',
      'multigroup.dissimilarity',
      'group.EU.dissimilarity',
      'group.EU.gini',
      'spatial.0.multigroup.information_theory',
      'spatial.0.group.EU.dissimilarity',
    ]);
    expect(refs.find((r) => r.key === 'spatial.0.group.EU.dissimilarity')).toEqual({
      key: 'spatial.0.group.EU.dissimilarity',
      index: 'dissimilarity',
      group: 'EU',
      spatial: { kernel: 'triangular', bandwidth: 500, compat: 'textbook' },
    });
    expect(defaultIndexKey(refs)).toBe('multigroup.information_theory');
    expect(listIndices([])).toEqual([]);
  });

  it('reads values by key, null for missing or undefined values', () => {
    const a = area('A', null);
    expect(indexValue(a, 'population')).toBe(250);
    expect(indexValue(a, 'group.EU.gini')).toBe(0.3);
    expect(indexValue(a, 'spatial.0.group.EU.dissimilarity')).toBe(0.15);
    expect(indexValue(a, 'multigroup.dissimilarity')).toBeNull();
    expect(indexValue(a, 'spatial.3.multigroup.information_theory')).toBeNull();
    expect(indexValue(a, 'group.XX.gini')).toBeNull();
  });
});
