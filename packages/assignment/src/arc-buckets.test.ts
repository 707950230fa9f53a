import { describe, expect, it } from 'vitest';
import { ArcBuckets } from './arc-buckets.ts';

describe('ArcBuckets', () => {
  it('keeps the cheapest non-empty bucket of each pair and returns its newest node', () => {
    const buckets = new ArcBuckets(2, 5, 10);
    expect(buckets.minIndex(0)).toBe(5);
    expect(buckets.cheapest(0)).toBe(-1);
    buckets.add(1, 0, 3);
    buckets.add(2, 0, 1);
    buckets.add(3, 0, 1);
    buckets.add(4, 1, 0);
    expect(buckets.minIndex(0)).toBe(1);
    expect(buckets.cheapest(0)).toBe(3);
    buckets.remove(3);
    expect(buckets.cheapest(0)).toBe(2);
    buckets.remove(2);
    expect(buckets.minIndex(0)).toBe(3);
    buckets.remove(2); // not in a bucket any more: no effect
    buckets.remove(1);
    expect(buckets.minIndex(0)).toBe(5);
    expect(buckets.cheapest(1)).toBe(4);
  });
});
