import { describe, expect, it } from 'vitest';
import { assign } from './assign.ts';
import { expectOptimal } from './testing/check.ts';
import { realisticInstance } from './testing/realistic-instance.ts';
import { smallInstance } from './testing/random-instance.ts';
import { SeededRandom } from './testing/random.ts';
import type { AssignmentInstance, AssignmentResult } from './types.ts';

function withPrevious(instance: AssignmentInstance, result: AssignmentResult): AssignmentInstance {
  return { ...instance, previous: result.assignments };
}

describe('re-running with a previous assignment', () => {
  it('changes as few sessions as an optimal result allows (brute force)', () => {
    const rng = new SeededRandom(66);
    let changed = 0;
    for (let seed = 0; seed < 120; seed++) {
      const rounds = seed % 3 === 0 ? 2 : 1;
      const participants = rng.int(2, rounds === 1 ? 6 : 4);
      const shape = {
        participants,
        sessions: rng.int(rounds, 4),
        rounds,
        seats: participants + rng.int(0, 2),
        previousShare: 0.7,
        skewed: rng.next() < 0.5,
      };
      const result = expectOptimal(smallInstance(5000 + seed, shape), false);
      if ((result?.choicePoints.cp.changedPlacements ?? 0) > 0) changed++;
    }
    expect(changed).toBeGreaterThan(10);
  });

  it('moves nobody when nothing changed', () => {
    const instance = realisticInstance(7, 400);
    const first = assign(instance);
    const again = assign(withPrevious(instance, first));
    expect(again.assignments).toEqual(first.assignments);
    for (const report of Object.values(again.choicePoints)) {
      expect(report.moved).toEqual([]);
      expect(report.changedPlacements).toBe(0);
    }
  });

  it('after late registrations keeps objectives optimal and reports exactly who moved', () => {
    const everyone = realisticInstance(8, 440);
    const early: AssignmentInstance = { ...everyone, participants: everyone.participants.slice(0, 400) };
    const first = assign(early);
    const fresh = assign(everyone);
    const rerun = assign(withPrevious(everyone, first));
    for (const [cpId, report] of Object.entries(rerun.choicePoints)) {
      // Same optimum as solving from scratch …
      expect(report.fairnessRank).toBe(fresh.choicePoints[cpId].fairnessRank);
      expect(report.totalCost).toBe(fresh.choicePoints[cpId].totalCost);
      // … and `moved` lists exactly the early participants whose sessions differ.
      const differs = early.participants
        .map((p) => p.id)
        .filter((id) => JSON.stringify(first.assignments[id][cpId]) !== JSON.stringify(rerun.assignments[id][cpId]));
      expect(report.moved).toEqual(differs);
      expect(report.changedPlacements).toBeLessThanOrEqual(fresh.choicePoints[cpId].seated * report.rounds);
    }
    const movedWithout = Object.entries(fresh.choicePoints).map(
      ([cpId]) =>
        early.participants.filter(
          (p) => JSON.stringify(first.assignments[p.id][cpId]) !== JSON.stringify(fresh.assignments[p.id][cpId]),
        ).length,
    );
    // In the two-round corner, few keep their sessions but change round.
    const sameSetNewRound = early.participants.filter((p) => {
      const before = first.assignments[p.id].corner;
      const after = rerun.assignments[p.id].corner;
      return before.join() !== after.join() && [...before].sort().join() === [...after].sort().join();
    }).length;
    expect(sameSetNewRound).toBeLessThanOrEqual(rerun.choicePoints.corner.moved.length / 4);
    const movedWith = Object.values(rerun.choicePoints).map((r) => r.moved.length);
    expect(movedWith.reduce((a, b) => a + b, 0)).toBeLessThan(movedWithout.reduce((a, b) => a + b, 0));
  });
});
