import type { AssignmentInstance, AssignmentResult } from '../types.ts';

/** The lexicographic objectives of one choice point, recomputed from scratch. */
export interface Objective {
  /** Worst rank among participants who ranked at least `rounds` sessions (0 if none). */
  fairness: number;
  /** Sum of ranks over all placements; unranked = sessions + 1. */
  cost: number;
  /** Sessions given that were not in the participant's previous assignment. */
  changes: number;
}

/** Objective of an assignment given as participant index → sessions per round (null = unassigned). */
export function objectiveOf(
  instance: AssignmentInstance,
  cpId: string,
  sessionsOf: (p: number) => readonly string[] | null,
): Objective {
  const cp = instance.choicePoints.find((c) => c.id === cpId);
  if (cp === undefined) throw new Error(`no choice point ${cpId}`);
  const rounds = cp.rounds ?? 1;
  const objective: Objective = { fairness: 0, cost: 0, changes: 0 };
  instance.participants.forEach((participant, p) => {
    const got = sessionsOf(p);
    if (got === null) return;
    const ranking = participant.rankings[cpId] ?? [];
    const before = instance.previous?.[participant.id]?.[cpId] ?? [];
    for (const session of got) {
      const position = ranking.indexOf(session);
      const rank = position < 0 ? cp.sessions.length + 1 : position + 1;
      objective.cost += rank;
      objective.fairness = Math.max(objective.fairness, rank);
      if (before.length === rounds && !before.includes(session)) objective.changes++;
    }
  });
  return objective;
}

/** Every rule a result must keep at one choice point; returns what is broken. */
export function violations(instance: AssignmentInstance, result: AssignmentResult, cpId: string): string[] {
  const cp = instance.choicePoints.find((c) => c.id === cpId);
  if (cp === undefined) return [`no choice point ${cpId}`];
  const rounds = cp.rounds ?? 1;
  const problems: string[] = [];
  const load = new Map<string, number[]>(cp.sessions.map((s) => [s.id, new Array<number>(rounds).fill(0)]));
  for (const participant of instance.participants) {
    const got = result.assignments[participant.id]?.[cpId];
    if (got === undefined) {
      problems.push(`${participant.id}: missing`);
      continue;
    }
    if (got.length === 0) continue;
    if (got.length !== rounds) problems.push(`${participant.id}: ${got.length} sessions for ${rounds} rounds`);
    if (new Set(got).size !== got.length) problems.push(`${participant.id}: same session twice`);
    got.forEach((session, round) => {
      const perRound = load.get(session);
      if (perRound === undefined) problems.push(`${participant.id}: unknown session ${session}`);
      else perRound[round]++;
    });
  }
  for (const session of cp.sessions) {
    load.get(session.id)?.forEach((count, round) => {
      if (count > session.capacity) problems.push(`${session.id} round ${round + 1}: ${count} > ${session.capacity}`);
    });
  }
  return problems;
}
