import { ArcBuckets } from './arc-buckets.ts';
import type { CostModel } from './cost-model.ts';
import { AssignmentError } from './errors.ts';
import { distancesToFreeSeat } from './session-distances.ts';

const INF = Number.POSITIVE_INFINITY;

/**
 * Min-cost flow from participants (r units each, at most one per session)
 * to sessions (capacity in units), by successive shortest paths that never
 * touch participant nodes: a path is a chain of moves "someone in session a
 * goes to b", and the cheapest such move per (a, b) is kept in
 * {@link ArcBuckets}. Shortest paths are computed by Bellman–Ford on the
 * k-session graph (k² arcs), so placing one unit costs O(k³) at worst and
 * O(r·k) when the participant's cheapest session still has room.
 *
 * Invariant (as in any successive-shortest-path method): after each unit the
 * flow is a min-cost flow of the units placed so far, hence the residual
 * session graph has no negative cycle and every distance to "a free seat" is
 * ≥ 0, which is what makes the fast path exact.
 */
export class SessionFlow {
  /** slots[q * r + j] = session of participant q's j-th unit, or -1. */
  readonly slots: Int32Array;
  /** Units placed per session. */
  readonly load: Int32Array;
  private readonly k: number;
  private readonly r: number;
  private readonly capacity: Int32Array;
  private readonly model: CostModel;
  private readonly buckets: ArcBuckets;
  private readonly weight: Float64Array;
  private readonly dist: Float64Array;
  private readonly via: Int32Array;
  private readonly member: Uint8Array;
  private readonly movers: Int32Array;

  /** @param unitCapacity units each session can take: seats per round × rounds. */
  constructor(k: number, r: number, participants: number, unitCapacity: Int32Array, model: CostModel) {
    this.k = k;
    this.r = r;
    this.capacity = unitCapacity;
    this.model = model;
    this.slots = new Int32Array(participants * r).fill(-1);
    this.load = new Int32Array(k);
    this.buckets = new ArcBuckets(k * k, 2 * model.maxLevel + 1, participants * r * k);
    this.weight = new Float64Array(k * k);
    this.dist = new Float64Array(k);
    this.via = new Int32Array(k);
    this.member = new Uint8Array(k);
    this.movers = new Int32Array(k + 1);
  }

  /** Places all r units of participant q; false when some unit cannot be placed. */
  place(q: number): boolean {
    for (let unit = 0; unit < this.r; unit++) if (!this.placeUnit(q)) return false;
    return true;
  }

  private placeUnit(q: number): boolean {
    const { k, model, capacity, load } = this;
    this.markMembers(q);
    let cheapest = INF;
    for (let s = 0; s < k; s++) {
      const l = model.level[q * k + s];
      if (l >= 0 && this.member[s] === 0 && model.levelValue[l] < cheapest) cheapest = model.levelValue[l];
    }
    if (cheapest === INF) return false;
    for (let s = 0; s < k; s++) {
      const l = model.level[q * k + s];
      if (l >= 0 && this.member[s] === 0 && model.levelValue[l] === cheapest && load[s] < capacity[s]) {
        this.enter(q, s);
        return true;
      }
    }
    return this.placeAlongShortestPath(q);
  }

  /** Slow path: cheapest chain of moves that frees a seat for q. */
  private placeAlongShortestPath(q: number): boolean {
    const { k, model, capacity, load, dist, via } = this;
    distancesToFreeSeat(k, load, capacity, this.buckets, model.deltaValue, this.weight, dist, via);
    this.markMembers(q);
    let best = -1;
    let bestCost = INF;
    for (let s = 0; s < k; s++) {
      const l = model.level[q * k + s];
      if (l < 0 || this.member[s] === 1 || dist[s] === INF) continue;
      const cost = model.levelValue[l] + dist[s];
      const spare = load[s] < capacity[s];
      if (cost < bestCost || (cost === bestCost && spare && load[best] >= capacity[best])) {
        best = s;
        bestCost = cost;
      }
    }
    if (best < 0) return false;
    let steps = 0;
    for (let a = best; via[a] >= 0; a = via[a]) {
      const node = this.buckets.cheapest(a * k + via[a]);
      if (node < 0 || steps >= k) throw new AssignmentError('INTERNAL', 'inconsistent augmenting path');
      this.movers[steps++] = node;
    }
    for (let i = 0; i < steps; i++) this.applyMove(this.movers[i]);
    this.enter(q, best);
    return true;
  }

  /** Applies node (q, j, b): participant q's unit j moves to session b. */
  private applyMove(node: number): void {
    const { k, r } = this;
    const q = Math.floor(node / (r * k));
    const rest = node - q * r * k;
    const j = Math.floor(rest / k);
    const b = rest - j * k;
    const a = this.slots[q * r + j];
    this.detach(q);
    this.slots[q * r + j] = b;
    this.load[a]--;
    this.load[b]++;
    this.attach(q);
  }

  /** Puts one more unit of q into session s. */
  private enter(q: number, s: number): void {
    const { r } = this;
    this.detach(q);
    let j = 0;
    while (this.slots[q * r + j] >= 0) j++;
    this.slots[q * r + j] = s;
    this.load[s]++;
    this.attach(q);
  }

  private markMembers(q: number): void {
    this.member.fill(0);
    for (let j = 0; j < this.r; j++) {
      const s = this.slots[q * this.r + j];
      if (s >= 0) this.member[s] = 1;
    }
  }

  /** Registers every move q could make: each unit to each allowed session q is not in. */
  private attach(q: number): void {
    const { k, r, model, buckets } = this;
    this.markMembers(q);
    for (let j = 0; j < r; j++) {
      const a = this.slots[q * r + j];
      if (a < 0) continue;
      const levelA = model.level[q * k + a];
      for (let b = 0; b < k; b++) {
        const levelB = model.level[q * k + b];
        if (levelB < 0 || this.member[b] === 1) continue;
        buckets.add((q * r + j) * k + b, a * k + b, levelB - levelA + model.maxLevel);
      }
    }
  }

  private detach(q: number): void {
    const { k, r, buckets } = this;
    const first = q * r * k;
    for (let node = first; node < first + r * k; node++) buckets.remove(node);
  }
}
