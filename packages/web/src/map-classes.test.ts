import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, JENKS_SAMPLE } from './map-classes.ts';

describe('class breaks', () => {
  it('splits the range into equal intervals', () => {
    expect(classBreaks([0, 3, 10, 7, 1], 'linear', 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(classBreaks([-1, 1, Number.NaN, null], 'linear', 4)).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it('puts equal counts in each class by rank', () => {
    // Sorted 1…9 in three classes of three: ranks 0, 3 and 6 start them.
    expect(classBreaks([9, 1, 8, 2, 7, 3, 6, 4, 5], 'quantile', 3)).toEqual([1, 4, 7, 9]);
    // Ties collapse repeated breaks: 1,1,1,1,2,3 in three classes starts at ranks 0, 2, 4 → 1, 1, 2.
    expect(classBreaks([1, 1, 1, 1, 2, 3], 'quantile', 3)).toEqual([1, 2, 3]);
  });

  it('finds the natural groups (Jenks)', () => {
    // Three tight groups far apart: any other split has a larger within-class squared deviation.
    expect(classBreaks([21, 1, 11, 2, 20, 3, 10, 12, 22], 'jenks', 3)).toEqual([1, 10, 20, 22]);
    // Two classes of 0,0,0,10: {0,0,0} and {10} (deviation 0) beats every other split.
    expect(classBreaks([0, 10, 0, 0], 'jenks', 2)).toEqual([0, 10, 10]);
    // 1,2,4,8 in two classes: {1,2,4}|{8} has SSD 4.67, {1,2}|{4,8} 8.5, {1}|{2,4,8} 18.67.
    expect(classBreaks([8, 4, 2, 1], 'jenks', 2)).toEqual([1, 8, 8]);
  });

  it('samples large inputs evenly for natural breaks and keeps both ends', () => {
    const values = Array.from({ length: JENKS_SAMPLE * 3 }, (_, i) => (i < 1500 ? i % 10 : 1000 + (i % 10)));
    const breaks = classBreaks(values, 'jenks', 2);
    expect(breaks).toEqual([0, 1000, 1009]);
  });

  it('answers one class for a constant layer and nothing for an empty one', () => {
    expect(classBreaks([5, 5, 5], 'jenks', 4)).toEqual([5, 5]);
    expect(classBreaks([null, Number.NaN], 'quantile', 4)).toEqual([]);
  });

  it('places values in their class, the maximum in the last one', () => {
    const b = [1, 4, 7, 9];
    expect([1, 3.9, 4, 6.99, 7, 9].map((v) => classOf(b, v))).toEqual([0, 0, 1, 1, 2, 2]);
    expect([0.5, 9.5, Number.NaN].map((v) => classOf(b, v))).toEqual([-1, -1, -1]);
  });
});
