import { expect } from 'vitest';
import { assign } from '../assign.ts';
import { AssignmentError } from '../errors.ts';
import type { AssignmentInstance, AssignmentResult } from '../types.ts';
import { bruteForce } from './brute-force.ts';
import { objectiveOf, violations } from './evaluate.ts';

/**
 * Solves a one-choice-point instance and asserts, against brute force, that
 * the result is valid and optimal (or that infeasibility is reported right).
 * Returns the result, or undefined when it was correctly refused.
 */
export function expectOptimal(instance: AssignmentInstance, waitingList: boolean): AssignmentResult | undefined {
  const exact = bruteForce(instance, 'cp');
  const n = instance.participants.length;
  if (exact.maxSeated < n && !waitingList) {
    let error: unknown;
    try {
      assign(instance);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AssignmentError);
    const failure = error as AssignmentError;
    expect(failure.code).toBe('INFEASIBLE');
    expect(failure.shortfall?.choicePoint).toBe('cp');
    expect(failure.shortfall?.participantsOver).toBe(n - exact.maxSeated);
    expect(failure.message).toContain("'cp'");
    return undefined;
  }
  const result = assign(instance, { waitingList });
  expect(violations(instance, result, 'cp')).toEqual([]);
  const seatedIds = exact.seated.map((p) => instance.participants[p].id);
  const got = instance.participants.filter((p) => (result.assignments[p.id].cp ?? []).length > 0).map((p) => p.id);
  expect(got).toEqual(seatedIds);
  const objective = objectiveOf(instance, 'cp', (p) => {
    const sessions = result.assignments[instance.participants[p].id].cp;
    return sessions.length === 0 ? null : sessions;
  });
  expect(objective).toEqual(exact.best);
  const report = result.choicePoints.cp;
  expect(report.fairnessRank).toBe(objective.fairness);
  expect(report.totalCost).toBe(objective.cost);
  expect(report.changedPlacements).toBe(objective.changes);
  expect(report.unassigned).toEqual(instance.participants.map((p) => p.id).filter((id) => !seatedIds.includes(id)));
  return result;
}
