/**
 * For every ordered pair of sessions (a, b), the participants in a who could
 * move to b, bucketed by the (small, integer) change of cost level such a
 * move causes. The cheapest non-empty bucket of each pair is kept current,
 * which gives the weight of arc a → b in the session graph in O(1).
 *
 * Nodes are caller-chosen integer ids (one per participant slot and target
 * session); each bucket is a doubly linked list in typed arrays, newest
 * first, so nothing is allocated after construction.
 */
export class ArcBuckets {
  /** Number of buckets per pair; also the "empty" marker of minIndex. */
  readonly bucketCount: number;
  private readonly head: Int32Array;
  private readonly minIdx: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly bucketOf: Int32Array;

  constructor(pairCount: number, bucketCount: number, nodeCount: number) {
    this.bucketCount = bucketCount;
    this.head = new Int32Array(pairCount * bucketCount).fill(-1);
    this.minIdx = new Int32Array(pairCount).fill(bucketCount);
    this.next = new Int32Array(nodeCount);
    this.prev = new Int32Array(nodeCount);
    this.bucketOf = new Int32Array(nodeCount).fill(-1);
  }

  /** Puts node into bucket idx of pair (must not be in a bucket already). */
  add(node: number, pair: number, idx: number): void {
    const bucket = pair * this.bucketCount + idx;
    const first = this.head[bucket];
    this.next[node] = first;
    this.prev[node] = -1;
    if (first >= 0) this.prev[first] = node;
    this.head[bucket] = node;
    this.bucketOf[node] = bucket;
    if (idx < this.minIdx[pair]) this.minIdx[pair] = idx;
  }

  /** Takes node out of its bucket; does nothing when it is in none. */
  remove(node: number): void {
    const bucket = this.bucketOf[node];
    if (bucket < 0) return;
    const before = this.prev[node];
    const after = this.next[node];
    if (before >= 0) this.next[before] = after;
    else this.head[bucket] = after;
    if (after >= 0) this.prev[after] = before;
    this.bucketOf[node] = -1;
    if (this.head[bucket] >= 0) return;
    const pair = Math.floor(bucket / this.bucketCount);
    const idx = bucket - pair * this.bucketCount;
    if (idx !== this.minIdx[pair]) return;
    const base = pair * this.bucketCount;
    let scan = idx + 1;
    while (scan < this.bucketCount && this.head[base + scan] < 0) scan++;
    this.minIdx[pair] = scan;
  }

  /** Index of the cheapest non-empty bucket of pair, or bucketCount when none. */
  minIndex(pair: number): number {
    return this.minIdx[pair];
  }

  /** Newest node of the cheapest bucket of pair, or -1. */
  cheapest(pair: number): number {
    const idx = this.minIdx[pair];
    return idx === this.bucketCount ? -1 : this.head[pair * this.bucketCount + idx];
  }
}
