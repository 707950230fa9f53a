import { describe, expect, it } from 'vitest';
import { assign } from './assign.ts';
import { objectiveOf, violations } from './testing/evaluate.ts';
import { realisticInstance } from './testing/realistic-instance.ts';
import { referenceObjective } from './testing/reference-flow.ts';
import { SeededRandom } from './testing/random.ts';
import type { AssignmentInstance } from './types.ts';

/** Previous assignments for a share of participants: a valid earlier result, then shuffled a little. */
function withPerturbedPrevious(instance: AssignmentInstance, seed: number): AssignmentInstance {
  const rng = new SeededRandom(seed);
  const earlier = assign(instance).assignments;
  const previous: Record<string, Record<string, string[]>> = {};
  for (const p of instance.participants) {
    if (rng.next() < 0.5) continue;
    previous[p.id] = {};
    for (const cp of instance.choicePoints) {
      const sessions = cp.sessions.map((s) => s.id);
      previous[p.id][cp.id] = rng.next() < 0.3 ? rng.shuffle(sessions).slice(0, cp.rounds ?? 1) : earlier[p.id][cp.id];
    }
  }
  return { ...instance, previous };
}

describe('assign agrees with a textbook min-cost flow on conference-sized choice points', () => {
  for (const seed of [1, 2]) {
    it(`realistic instance ${seed}: 250 participants, 6 choice points incl. a 2-round corner`, () => {
      const instance = withPerturbedPrevious(realisticInstance(seed, 250), seed);
      const result = assign(instance);
      for (const cp of instance.choicePoints) {
        expect(violations(instance, result, cp.id)).toEqual([]);
        const ours = objectiveOf(instance, cp.id, (p) => result.assignments[instance.participants[p].id][cp.id]);
        expect(ours).toEqual(referenceObjective(instance, cp.id));
      }
    });
  }
});
