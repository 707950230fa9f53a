import type { AssignmentInstance } from '../types.ts';
import type { Objective } from './evaluate.ts';

/** A textbook min-cost flow (successive shortest paths with SPFA) on an explicit graph. */
class Graph {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly cost: number[] = [];
  readonly out: number[][];

  constructor(nodes: number) {
    this.out = Array.from({ length: nodes }, () => []);
  }

  addEdge(from: number, to: number, cap: number, cost: number): void {
    this.out[from].push(this.to.length);
    this.to.push(to, from);
    this.cap.push(cap, 0);
    this.cost.push(cost, -cost);
    this.out[to].push(this.to.length - 1);
  }

  /** Sends up to `limit` units from s to t along cheapest paths; returns [flow, cost]. */
  minCostFlow(s: number, t: number, limit: number): [number, number] {
    let flow = 0;
    let total = 0;
    const n = this.out.length;
    while (flow < limit) {
      const dist = new Array<number>(n).fill(Infinity);
      const viaEdge = new Array<number>(n).fill(-1);
      const queued = new Array<boolean>(n).fill(false);
      dist[s] = 0;
      const queue = [s];
      queued[s] = true;
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head];
        queued[u] = false;
        for (const e of this.out[u]) {
          if (this.cap[e] > 0 && dist[u] + this.cost[e] < dist[this.to[e]]) {
            dist[this.to[e]] = dist[u] + this.cost[e];
            viaEdge[this.to[e]] = e;
            if (!queued[this.to[e]]) {
              queued[this.to[e]] = true;
              queue.push(this.to[e]);
            }
          }
        }
      }
      if (dist[t] === Infinity) break;
      for (let v = t; v !== s; v = this.to[viaEdge[v] ^ 1]) {
        this.cap[viaEdge[v]] -= 1;
        this.cap[viaEdge[v] ^ 1] += 1;
      }
      flow++;
      total += dist[t];
    }
    return [flow, total];
  }
}

/**
 * Objective of an optimal assignment of one choice point, everybody seated,
 * computed with an explicit participant–session graph: fairness by trying
 * levels upwards, then cost = rank·M + change.
 */
export function referenceObjective(instance: AssignmentInstance, cpId: string): Objective {
  const cp = instance.choicePoints.find((c) => c.id === cpId);
  if (cp === undefined) throw new Error(`no choice point ${cpId}`);
  const r = cp.rounds ?? 1;
  const k = cp.sessions.length;
  const people = instance.participants;
  const n = people.length;
  const rankOf = (p: number, s: number): number => {
    const position = (people[p].rankings[cpId] ?? []).indexOf(cp.sessions[s].id);
    return position < 0 ? k + 1 : position + 1;
  };
  const isRanker = (p: number): boolean => (people[p].rankings[cpId] ?? []).length >= r;
  const previousOf = (p: number): string[] => instance.previous?.[people[p].id]?.[cpId] ?? [];
  const bigM = n * r + 1;
  const build = (level: number, withCosts: boolean): Graph => {
    const g = new Graph(n + k + 2);
    const source = n + k;
    const sink = n + k + 1;
    for (let p = 0; p < n; p++) {
      g.addEdge(source, p, r, 0);
      const before = previousOf(p);
      for (let s = 0; s < k; s++) {
        if (isRanker(p) && rankOf(p, s) > level) continue;
        const change = before.length === r && !before.includes(cp.sessions[s].id) ? 1 : 0;
        g.addEdge(p, n + s, 1, withCosts ? rankOf(p, s) * bigM + change : 0);
      }
    }
    cp.sessions.forEach((session, s) => g.addEdge(n + s, sink, session.capacity * r, 0));
    return g;
  };
  const everyoneRanked = n > 0 && people.every((_, p) => isRanker(p));
  let level = everyoneRanked ? r : k + 1;
  while (build(level, false).minCostFlow(n + k, n + k + 1, n * r)[0] < n * r) level++;
  const [flow, cost] = build(level, true).minCostFlow(n + k, n + k + 1, n * r);
  if (flow < n * r) throw new Error('reference: infeasible');
  return { fairness: n > 0 ? level : 0, cost: Math.floor(cost / bigM), changes: cost % bigM };
}
