import type { AssignmentInstance } from '../types.ts';
import { objectiveOf, type Objective } from './evaluate.ts';

/** Exact answer for one small choice point, found by enumerating every assignment. */
export interface BruteForceAnswer {
  /** Most participants that can be seated in every round. */
  maxSeated: number;
  /** Participant indices seated by the documented waiting-list rule. */
  seated: number[];
  /** Best objective over assignments seating exactly `seated`; undefined when none exists. */
  best: Objective | undefined;
}

function orderedTuples(sessions: string[], rounds: number): string[][] {
  if (rounds === 0) return [[]];
  const tuples: string[][] = [];
  for (const first of sessions) {
    for (const rest of orderedTuples(
      sessions.filter((s) => s !== first),
      rounds - 1,
    ))
      tuples.push([first, ...rest]);
  }
  return tuples;
}

/** Calls visit for every capacity-respecting assignment; null = unassigned (only where allowed). */
function enumerate(
  instance: AssignmentInstance,
  cpId: string,
  mayWait: (p: number) => boolean,
  mustWait: (p: number) => boolean,
  visit: (choice: ReadonlyArray<string[] | null>) => void,
): void {
  const cp = instance.choicePoints.find((c) => c.id === cpId);
  if (cp === undefined) throw new Error(`no choice point ${cpId}`);
  const rounds = cp.rounds ?? 1;
  const tuples = orderedTuples(
    cp.sessions.map((s) => s.id),
    rounds,
  );
  const capacity = new Map(cp.sessions.map((s) => [s.id, s.capacity]));
  const load = new Map(cp.sessions.map((s) => [s.id, new Array<number>(rounds).fill(0)]));
  const choice: Array<string[] | null> = [];
  const n = instance.participants.length;
  const step = (p: number): void => {
    if (p === n) {
      visit(choice);
      return;
    }
    if (mayWait(p) || mustWait(p)) {
      choice.push(null);
      step(p + 1);
      choice.pop();
    }
    if (mustWait(p)) return;
    for (const tuple of tuples) {
      if (!tuple.every((s, round) => (load.get(s) as number[])[round] < (capacity.get(s) as number))) continue;
      tuple.forEach((s, round) => (load.get(s) as number[])[round]++);
      choice.push(tuple);
      step(p + 1);
      choice.pop();
      tuple.forEach((s, round) => (load.get(s) as number[])[round]--);
    }
  };
  step(0);
}

function better(a: Objective, b: Objective | undefined): boolean {
  if (b === undefined) return true;
  if (a.fairness !== b.fairness) return a.fairness < b.fairness;
  if (a.cost !== b.cost) return a.cost < b.cost;
  return a.changes < b.changes;
}

/**
 * Enumerates all assignments of one choice point. The seated set follows the
 * documented rule: as many as fit; participants with a previous assignment
 * first, then input order.
 */
export function bruteForce(instance: AssignmentInstance, cpId: string): BruteForceAnswer {
  const cp = instance.choicePoints.find((c) => c.id === cpId);
  const rounds = cp?.rounds ?? 1;
  let maxSeated = 0;
  enumerate(
    instance,
    cpId,
    () => true,
    () => false,
    (choice) => {
      maxSeated = Math.max(maxSeated, choice.filter((c) => c !== null).length);
    },
  );
  const hadSeat = (p: number): boolean =>
    (instance.previous?.[instance.participants[p].id]?.[cpId] ?? []).length === rounds;
  const indices = instance.participants.map((_, p) => p);
  const priority = [...indices.filter(hadSeat), ...indices.filter((p) => !hadSeat(p))];
  const seated = priority.slice(0, maxSeated).sort((a, b) => a - b);
  const isSeated = new Set(seated);
  let best: Objective | undefined;
  enumerate(
    instance,
    cpId,
    () => false,
    (p) => !isSeated.has(p),
    (choice) => {
      const objective = objectiveOf(instance, cpId, (p) => choice[p]);
      if (better(objective, best)) best = objective;
    },
  );
  return { maxSeated, seated, best };
}
