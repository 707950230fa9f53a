import { describe, expect, it } from 'vitest';
import { splitIntoRounds } from './round-split.ts';
import { SeededRandom } from './testing/random.ts';

/**
 * Random sets of r distinct sessions per participant with every session
 * filled to exactly capacity × r (the tightest case the split must handle).
 * A session whose remaining units equal the remaining participants must be
 * taken now; the rest of each set is random.
 */
function tightSets(rng: SeededRandom, r: number, capacity: Int32Array): Int32Array {
  const remaining = Array.from(capacity, (c) => c * r);
  let people = capacity.reduce((a, b) => a + b, 0);
  const slots: number[] = [];
  for (; people > 0; people--) {
    const forced = remaining.flatMap((u, s) => (u === people ? [s] : []));
    const optional = rng.shuffle(remaining.flatMap((u, s) => (u > 0 && u < people ? [s] : [])));
    const mine = [...forced, ...optional].slice(0, r);
    for (const s of mine) remaining[s]--;
    slots.push(...rng.shuffle(mine));
  }
  return Int32Array.from(slots);
}

/** Capacities where no session needs more than one seat per participant. */
function capacities(rng: SeededRandom, r: number, k: number): Int32Array {
  for (;;) {
    const capacity = Int32Array.from({ length: k }, () => rng.int(1, 5));
    const total = capacity.reduce((a, b) => a + b, 0);
    if (capacity.every((c) => c * r <= total)) return capacity;
  }
}

function checkRounds(slots: Int32Array, rounds: Int32Array, r: number, capacity: Int32Array): void {
  const load = new Map<string, number>();
  for (let q = 0; q < slots.length / r; q++) {
    const seen = new Set<number>();
    for (let j = 0; j < r; j++) {
      const round = rounds[q * r + j];
      expect(round).toBeGreaterThanOrEqual(0);
      expect(round).toBeLessThan(r);
      seen.add(round);
      const key = `${slots[q * r + j]}/${round}`;
      load.set(key, (load.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(r);
  }
  for (const [key, count] of load) expect(count).toBeLessThanOrEqual(capacity[Number(key.split('/')[0])]);
}

describe('splitIntoRounds (equitable edge colouring)', () => {
  for (const r of [2, 3, 4]) {
    it(`gives each participant every round once and keeps per-round capacity (r = ${r})`, () => {
      const rng = new SeededRandom(r);
      for (let trial = 0; trial < 40; trial++) {
        const capacity = capacities(rng, r, rng.int(r + 1, 7));
        const slots = tightSets(rng, r, capacity);
        const rounds = splitIntoRounds(slots, r, capacity, new Int32Array(slots.length).fill(-1));
        checkRounds(slots, rounds, r, capacity);
      }
    });
  }

  it('keeps every previous round when the previous split is itself valid', () => {
    const rng = new SeededRandom(9);
    for (const r of [2, 3]) {
      const capacity = capacities(rng, r, 6);
      const slots = tightSets(rng, r, capacity);
      const first = splitIntoRounds(slots, r, capacity, new Int32Array(slots.length).fill(-1));
      const again = splitIntoRounds(slots, r, capacity, first, new Uint8Array(slots.length).fill(1));
      expect(Array.from(again)).toEqual(Array.from(first));
    }
  });

  it('handles a long alternating cycle (two rounds, sessions of capacity 1)', () => {
    // Participant q takes sessions q and q+1 (mod n): one big even cycle.
    const n = 1000;
    const slots = new Int32Array(2 * n);
    for (let q = 0; q < n; q++) {
      slots[2 * q] = q;
      slots[2 * q + 1] = (q + 1) % n;
    }
    const capacity = new Int32Array(n).fill(1);
    checkRounds(slots, splitIntoRounds(slots, 2, capacity, new Int32Array(2 * n).fill(-1)), 2, capacity);
  });
});
