/**
 * Why a practice or a city is offered: a message code and its parameters, turned into words by
 * the message catalogue (`network.reason.<code>`); `items` is a list the words join ("housing and
 * language").
 */
export interface Reason {
  code: string;
  params: Record<string, string | number>;
  items?: string[];
}

/** A count rounded to one or two significant figures, for "≈ 100,000 inhabitants". */
export function roundedCount(n: number): number {
  if (n <= 0) return 0;
  const digits = Math.floor(Math.log10(n));
  const step = 10 ** Math.max(0, digits - (n >= 10 ** digits * 2 ? 0 : 1));
  return Math.round(n / step) * step;
}

/** How alike two population sizes are on a log scale: 1 for equal, 0 at a hundredfold difference or more. */
export function sizeSimilarity(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  return Math.max(0, 1 - Math.abs(Math.log10(a) - Math.log10(b)) / 2);
}

/** Jaccard index of two sets (null when both are empty: nothing to compare). */
export function jaccard(a: readonly string[], b: readonly string[]): number | null {
  const A = new Set(a);
  const B = new Set(b);
  if (!A.size && !B.size) return null;
  let both = 0;
  for (const x of A) if (B.has(x)) both += 1;
  return both / (A.size + B.size - both);
}

/** What two lists share, in the first list's order. */
export const shared = (a: readonly string[], b: readonly string[]): string[] => {
  const B = new Set(b);
  return [...new Set(a)].filter((x) => B.has(x));
};
