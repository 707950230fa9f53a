/**
 * Class breaks for a choropleth map, shared by the browser map (bundled from packages/web/map)
 * and its tests. Every method answers k + 1 ascending breaks [min, b1, …, max]: class j holds
 * the values v with breaks[j] ≤ v < breaks[j + 1] (the last class includes the maximum).
 * Non-finite values are ignored; with fewer distinct values than classes, repeated breaks are
 * dropped, so fewer classes come back.
 */
export type ClassMethod = 'linear' | 'quantile' | 'jenks';

export const CLASS_METHODS: readonly ClassMethod[] = ['linear', 'quantile', 'jenks'];

/** Natural breaks look at no more than this many values (evenly spaced ranks of the sorted values). */
export const JENKS_SAMPLE = 1000;

function sortedFinite(values: ArrayLike<number | null>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) out.push(v);
  }
  return out.sort((a, b) => a - b);
}

function distinct(breaks: number[]): number[] {
  return breaks.filter((b, i) => i === 0 || b > breaks[i - 1]!);
}

/** Equal intervals between the minimum and the maximum. */
function linear(sorted: number[], k: number): number[] {
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  return [...Array.from({ length: k }, (_, i) => min + ((max - min) * i) / k), max];
}

/** Equal counts: break i is the value at rank ⌊i·n/k⌋ of the sorted values. */
function quantile(sorted: number[], k: number): number[] {
  const n = sorted.length;
  return [...Array.from({ length: k }, (_, i) => sorted[Math.floor((i * n) / k)]!), sorted[n - 1]!];
}

/**
 * Fisher–Jenks natural breaks: the k classes of consecutive sorted values with the least sum of
 * squared deviations from their class means (exact dynamic programme, O(k·n²) on the sample).
 */
function jenks(all: number[], k: number): number[] {
  const n0 = all.length;
  const x =
    n0 <= JENKS_SAMPLE
      ? all
      : Array.from({ length: JENKS_SAMPLE }, (_, t) => all[Math.round((t * (n0 - 1)) / (JENKS_SAMPLE - 1))]!);
  const n = x.length;
  k = Math.min(k, n);
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i]! + x[i]!;
    s2[i + 1] = s2[i]! + x[i]! * x[i]!;
  }
  // Sum of squared deviations of x[i..j) (i < j).
  const ssd = (i: number, j: number) => s2[j]! - s2[i]! - (s1[j]! - s1[i]!) ** 2 / (j - i);
  // cost[c][j]: the best c + 1 classes over x[0..j); start[c][j]: where the last of them starts.
  const cost = Array.from({ length: k }, () => new Float64Array(n + 1).fill(Infinity));
  const start = Array.from({ length: k }, () => new Int32Array(n + 1));
  for (let j = 1; j <= n; j++) cost[0]![j] = ssd(0, j);
  for (let c = 1; c < k; c++)
    for (let j = c + 1; j <= n; j++)
      for (let i = c; i < j; i++) {
        const v = cost[c - 1]![i]! + ssd(i, j);
        if (v < cost[c]![j]!) {
          cost[c]![j] = v;
          start[c]![j] = i;
        }
      }
  const breaks = [x[n - 1]!];
  let j = n;
  for (let c = k - 1; c > 0; c--) {
    j = start[c]![j]!;
    breaks.unshift(x[j]!);
  }
  breaks.unshift(x[0]!);
  return breaks;
}

/** The breaks of `values` into (at most) k classes by `method`; [] when no value is finite. */
export function classBreaks(values: ArrayLike<number | null>, method: ClassMethod, k: number): number[] {
  const sorted = sortedFinite(values);
  if (!sorted.length || k < 1) return [];
  if (sorted[0] === sorted[sorted.length - 1]) return [sorted[0]!, sorted[0]!];
  const raw = method === 'linear' ? linear(sorted, k) : method === 'quantile' ? quantile(sorted, k) : jenks(sorted, k);
  const inner = distinct(raw.slice(0, -1));
  return [...inner, raw[raw.length - 1]!];
}

/** The class of v (0 … breaks.length − 2) under `breaks`, or -1 outside them. */
export function classOf(breaks: readonly number[], v: number): number {
  const last = breaks.length - 1;
  if (last < 1 || !(v >= breaks[0]!) || v > breaks[last]!) return -1;
  let lo = 0;
  let hi = last - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (breaks[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
