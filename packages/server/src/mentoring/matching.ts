/*
 * Suggested mentor–mentee pairs: a pure function. Each request is paired with at most one
 * offer on the same theme, from another city, and no offer takes more requests than its
 * capacity. Among all such pairings it returns one with the most pairs, and among those the
 * highest total score (a min-cost flow solved by successive shortest paths). Offers and
 * requests are taken in id order, so equal choices go the same way every time (between two
 * equally good offers for one request, the smaller id) whatever order they come in.
 */

/** What the matcher knows about an offer or a request (the city's facts joined in). */
export interface MatchSide {
  id: string;
  themeId: string;
  cityId: string;
  challengeId: string | null;
  /** The city's language and any language the post names. */
  languages: string[];
  /** The city's population, when known. */
  population: number | null;
}

export interface MatchOffer extends MatchSide {
  capacity: number;
}

export type PairReason = 'same-theme' | 'same-challenge' | 'comparable-city' | 'common-language';

/** Why a request got no mentor. */
export type NoMentorReason = 'no-offer-on-theme' | 'offers-full';

export interface SuggestedPair {
  requestId: string;
  offerId: string;
  score: number;
  reasons: PairReason[];
}

export interface Suggestions {
  pairs: SuggestedPair[];
  unmatched: { requestId: string; reason: NoMentorReason }[];
}

/** Points a pair earns for each reason (the same theme is required, and earns none). */
export const PAIR_POINTS: Record<Exclude<PairReason, 'same-theme'>, number> = {
  'same-challenge': 4,
  'comparable-city': 2,
  'common-language': 1,
};
const MAX_POINTS = 7;

/** Two cities are comparable when the larger has at most twice the population of the smaller. */
export const comparable = (a: number | null, b: number | null): boolean =>
  a !== null && b !== null && a > 0 && b > 0 && Math.max(a, b) <= 2 * Math.min(a, b);

/** The score of pairing this request with this offer and its reasons; null when they cannot pair. */
export function pairScore(offer: MatchSide, request: MatchSide): { score: number; reasons: PairReason[] } | null {
  if (offer.themeId !== request.themeId || offer.cityId === request.cityId) return null;
  const reasons: PairReason[] = ['same-theme'];
  if (offer.challengeId !== null && offer.challengeId === request.challengeId) reasons.push('same-challenge');
  if (comparable(offer.population, request.population)) reasons.push('comparable-city');
  if (offer.languages.some((l) => request.languages.includes(l))) reasons.push('common-language');
  const score = reasons.reduce((s, r) => s + (r === 'same-theme' ? 0 : PAIR_POINTS[r]), 0);
  return { score, reasons };
}

interface Edge {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The suggested pairs and, for each request left without a mentor, why. */
export function suggestPairs(offersIn: MatchOffer[], requestsIn: MatchSide[]): Suggestions {
  const offers = [...offersIn].sort(byId);
  const requests = [...requestsIn].sort(byId);
  const R = requests.length;
  const n = R + offers.length + 2;
  const source = n - 2;
  const sink = n - 1;
  const graph: Edge[][] = Array.from({ length: n }, () => []);
  const add = (from: number, to: number, cap: number, cost: number) => {
    graph[from]!.push({ to, cap, cost, rev: graph[to]!.length });
    graph[to]!.push({ to: from, cap: 0, cost: -cost, rev: graph[from]!.length - 1 });
  };
  // One more pair always outweighs any difference in total score.
  const pairValue = MAX_POINTS * (R + 1) + 1;
  const scores = new Map<string, { score: number; reasons: PairReason[] }>();
  requests.forEach((r, i) => {
    add(source, i, 1, 0);
    offers.forEach((o, j) => {
      const s = pairScore(o, r);
      if (!s) return;
      scores.set(`${i}:${j}`, s);
      add(i, R + j, 1, -(pairValue + s.score));
    });
  });
  offers.forEach((o, j) => add(R + j, sink, Math.max(0, Math.floor(o.capacity)), 0));

  // Successive shortest paths (Bellman–Ford: the residual graph has negative costs).
  for (;;) {
    const dist = new Array<number>(n).fill(Infinity);
    const prev = new Array<[number, number] | null>(n).fill(null);
    dist[source] = 0;
    for (let round = 0, changed = true; changed && round < n; round++) {
      changed = false;
      for (let u = 0; u < n; u++) {
        if (dist[u] === Infinity) continue;
        graph[u]!.forEach((e, k) => {
          if (e.cap > 0 && dist[u]! + e.cost < dist[e.to]!) {
            dist[e.to] = dist[u]! + e.cost;
            prev[e.to] = [u, k];
            changed = true;
          }
        });
      }
    }
    if (dist[sink] === Infinity || dist[sink]! >= 0) break;
    for (let v = sink; v !== source;) {
      const [u, k] = prev[v]!;
      const e = graph[u]![k]!;
      e.cap -= 1;
      graph[v]![e.rev]!.cap += 1;
      v = u;
    }
  }

  const pairs: SuggestedPair[] = [];
  const unmatched: Suggestions['unmatched'] = [];
  requests.forEach((r, i) => {
    const used = graph[i]!.find((e) => e.to >= R && e.to < R + offers.length && e.cap === 0 && e.cost < 0);
    if (used) {
      const j = used.to - R;
      pairs.push({ requestId: r.id, offerId: offers[j]!.id, ...scores.get(`${i}:${j}`)! });
      return;
    }
    const anyOffer = offers.some((o) => o.themeId === r.themeId && o.cityId !== r.cityId && o.capacity >= 1);
    unmatched.push({ requestId: r.id, reason: anyOffer ? 'offers-full' : 'no-offer-on-theme' });
  });
  return { pairs, unmatched };
}
