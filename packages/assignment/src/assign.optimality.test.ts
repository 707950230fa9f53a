import { describe, expect, it } from 'vitest';
import { assign } from './assign.ts';
import type { AssignmentInstance } from './types.ts';
import { smallInstance } from './testing/random-instance.ts';
import { expectOptimal } from './testing/check.ts';
import { SeededRandom } from './testing/random.ts';

/** Random shapes around tight capacity: seats per round close to the participant count. */
function tightShape(rng: SeededRandom, rounds: number, maxParticipants: number, maxSessions: number) {
  const sessions = rng.int(rounds, maxSessions);
  const participants = rng.int(1, maxParticipants);
  return { participants, sessions, rounds, seats: participants + rng.int(0, 2), skewed: rng.next() < 0.6 };
}

describe('assign is optimal on small instances (checked by brute force)', () => {
  it('single round: seats, fairness, total rank are all optimal', () => {
    const rng = new SeededRandom(11);
    for (let seed = 0; seed < 200; seed++) {
      expectOptimal(smallInstance(seed, tightShape(rng, 1, 7, 5)), false);
    }
  });

  it('two-round corners: r distinct sessions, capacity per round, optimal', () => {
    const rng = new SeededRandom(22);
    for (let seed = 0; seed < 70; seed++) {
      expectOptimal(smallInstance(1000 + seed, tightShape(rng, 2, 5, 4)), false);
    }
  });

  it('three rounds over three or four sessions', () => {
    const rng = new SeededRandom(33);
    for (let seed = 0; seed < 25; seed++) {
      expectOptimal(smallInstance(2000 + seed, tightShape(rng, 3, 3, 4)), false);
    }
  });

  it('reports infeasible choice points with the shortfall (checked on random instances)', () => {
    const rng = new SeededRandom(44);
    let refused = 0;
    for (let seed = 0; seed < 60; seed++) {
      const rounds = rng.int(1, 2);
      const participants = rng.int(2, 5);
      const shape = { participants, sessions: rng.int(1, 4), rounds, seats: participants - rng.int(0, 2) };
      if (expectOptimal(smallInstance(3000 + seed, shape), false) === undefined) refused++;
    }
    expect(refused).toBeGreaterThan(10);
  });
});

describe('objective details', () => {
  const instance = {
    choicePoints: [
      {
        id: 'ws',
        sessions: [
          { id: 'a', capacity: 1 },
          { id: 'b', capacity: 1 },
          { id: 'c', capacity: 1 },
        ],
      },
    ],
    participants: [
      { id: 'x', rankings: { ws: ['a', 'b', 'c'] } },
      { id: 'y', rankings: { ws: ['a', 'c', 'b'] } },
      { id: 'z', rankings: { ws: ['b', 'a', 'c'] } },
    ],
  };

  it('gives the assignment that is best on both counts when one exists', () => {
    // x:a, y:c, z:b costs 1 + 2 + 1 = 4 with worst rank 2; no assignment does better on either count.
    const result = assign(instance);
    expect(result.worstRank).toBe(2);
    expect(result.totalCost).toBe(4);
    expect(result.assignments.y.ws).toEqual(['c']);
  });

  it('minimises the worst rank first even when it costs total rank', () => {
    // The cheapest total (7) needs someone at rank 4; the fair optimum has worst rank 3 at total 8.
    const session = (id: string) => ({ id, capacity: 1 });
    const unfair = {
      choicePoints: [{ id: 'ws', sessions: ['a', 'b', 'c', 'd'].map(session) }],
      participants: [
        { id: 'p1', rankings: { ws: ['d', 'c', 'b', 'a'] } },
        { id: 'p2', rankings: { ws: ['d', 'c', 'b', 'a'] } },
        { id: 'p3', rankings: { ws: ['c', 'b', 'd', 'a'] } },
        { id: 'p4', rankings: { ws: ['b', 'c', 'a', 'd'] } },
      ],
    };
    const result = assign(unfair);
    expect(result.choicePoints.ws.worstRank).toBe(3);
    expect(result.choicePoints.ws.fairnessRank).toBe(3);
    expect(result.totalCost).toBe(8);
  });

  it('counts a participant who ranked nothing at the unranked rank, and lets the total rank decide the rest', () => {
    const withSilent: AssignmentInstance = {
      choicePoints: [
        {
          id: 'ws',
          sessions: [
            { id: 'a', capacity: 1 },
            { id: 'b', capacity: 1 },
          ],
        },
      ],
      participants: [
        { id: 'silent', rankings: {} },
        { id: 'keen', rankings: { ws: ['b'] } },
      ],
    };
    const result = assign(withSilent);
    expect(result.assignments).toEqual({ silent: { ws: ['a'] }, keen: { ws: ['b'] } });
    expect(result.choicePoints.ws.fairnessRank).toBe(3);
    expect(result.choicePoints.ws.totalCost).toBe(4);
    expect(result.choicePoints.ws.worstRank).toBe(3);
    expect(result.rankHistogram).toEqual({ '1': 1, '2': 0, unranked: 1 });
  });
});
