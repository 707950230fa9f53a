import type { AssignmentInstance, ChoicePointSpec, ParticipantSpec } from '../types.ts';
import { SeededRandom } from './random.ts';

/** A choice point to generate: its id, number of sessions and rounds. */
export interface ChoicePointShape {
  id: string;
  sessions: number;
  rounds: number;
}

/** Six choice points of 4–12 sessions, one of them a two-round corner of 10 presentations. */
export const CONFERENCE_SHAPE: ChoicePointShape[] = [
  { id: 'workshops-am', sessions: 12, rounds: 1 },
  { id: 'workshops-pm', sessions: 8, rounds: 1 },
  { id: 'corner', sessions: 10, rounds: 2 },
  { id: 'visits', sessions: 6, rounds: 1 },
  { id: 'labs', sessions: 4, rounds: 1 },
  { id: 'walks', sessions: 9, rounds: 1 },
];

function weightedPick(rng: SeededRandom, weights: number[]): number {
  let pick = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    if (pick < weights[i]) return i;
    pick -= weights[i];
  }
  return weights.length - 1;
}

/**
 * A conference-like instance: per choice point about 10 % more seats than
 * participants, uneven session sizes, and skewed popularity that does not
 * follow the sizes (so popular sessions overflow). Rankings: 5 % empty,
 * 10 % complete, the rest 3–6 sessions, drawn by popularity without repeats.
 */
export function realisticInstance(seed: number, participants: number, shape = CONFERENCE_SHAPE): AssignmentInstance {
  const rng = new SeededRandom(seed);
  const choicePoints: ChoicePointSpec[] = [];
  const popularity: number[][] = [];
  for (const cp of shape) {
    const sizeWeights = Array.from({ length: cp.sessions }, () => 0.5 + rng.next());
    const totalWeight = sizeWeights.reduce((a, b) => a + b, 0);
    const seats = Math.ceil(participants * 1.1);
    choicePoints.push({
      id: cp.id,
      rounds: cp.rounds,
      sessions: sizeWeights.map((w, i) => ({
        id: `${cp.id}-${i + 1}`,
        capacity: Math.ceil((seats * w) / totalWeight),
      })),
    });
    const order = rng.shuffle(Array.from({ length: cp.sessions }, (_, i) => i));
    const weights = new Array<number>(cp.sessions);
    order.forEach((session, place) => {
      weights[session] = 1 / (place + 1) ** 1.1;
    });
    popularity.push(weights);
  }
  const people: ParticipantSpec[] = [];
  for (let p = 0; p < participants; p++) {
    const rankings: Record<string, string[]> = {};
    choicePoints.forEach((cp, c) => {
      const k = cp.sessions.length;
      const roll = rng.next();
      const length = roll < 0.05 ? 0 : roll < 0.15 ? k : Math.min(k, rng.int(3, 6));
      const weights = [...popularity[c]];
      const ranking: string[] = [];
      while (ranking.length < length) {
        const s = weightedPick(rng, weights);
        weights[s] = 0;
        ranking.push(cp.sessions[s].id);
      }
      rankings[cp.id] = ranking;
    });
    people.push({ id: `p${p + 1}`, rankings });
  }
  return { choicePoints, participants: people };
}
