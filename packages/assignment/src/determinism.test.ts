import { describe, expect, it } from 'vitest';
import { assign } from './assign.ts';
import { realisticInstance } from './testing/realistic-instance.ts';
import { SeededRandom } from './testing/random.ts';
import type { AssignmentInstance, AssignmentResult } from './types.ts';

/** The objective values of every choice point, independent of who got what. */
function objectives(result: AssignmentResult) {
  return Object.fromEntries(
    Object.entries(result.choicePoints).map(([id, r]) => [
      id,
      { fairnessRank: r.fairnessRank, worstRank: r.worstRank, totalCost: r.totalCost, seated: r.seated },
    ]),
  );
}

describe('determinism', () => {
  const instance = realisticInstance(21, 600);

  it('gives identical output for the same input', () => {
    const first = JSON.stringify(assign(instance));
    const second = JSON.stringify(assign(structuredClone(instance)));
    expect(second).toBe(first);
  });

  it('reaches the same objective values when participants come in another order', () => {
    const rng = new SeededRandom(3);
    const shuffled: AssignmentInstance = { ...instance, participants: rng.shuffle(instance.participants) };
    expect(objectives(assign(shuffled))).toEqual(objectives(assign(instance)));
  });

  it('reaches the same objective values when sessions are listed in another order', () => {
    const rng = new SeededRandom(4);
    const reordered: AssignmentInstance = {
      ...instance,
      choicePoints: instance.choicePoints.map((cp) => ({ ...cp, sessions: rng.shuffle(cp.sessions) })),
    };
    expect(objectives(assign(reordered))).toEqual(objectives(assign(instance)));
  });

  it('breaks ties by input order: of two identical participants the earlier keeps the first choice', () => {
    const twins: AssignmentInstance = {
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
        { id: 'first', rankings: { ws: ['a', 'b'] } },
        { id: 'second', rankings: { ws: ['a', 'b'] } },
      ],
    };
    expect(assign(twins).assignments).toEqual({ first: { ws: ['a'] }, second: { ws: ['b'] } });
  });
});
