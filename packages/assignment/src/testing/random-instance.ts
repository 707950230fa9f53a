import type { AssignmentInstance, ChoicePointSpec, ParticipantSpec } from '../types.ts';
import { SeededRandom } from './random.ts';

/** Shape of the small random instances used against brute force. */
export interface SmallInstanceShape {
  participants: number;
  sessions: number;
  rounds: number;
  /** Seats per round in total, spread randomly over the sessions. */
  seats: number;
  /** Share of participants with a previous assignment (0 … 1). */
  previousShare?: number;
  /** When true, rankings follow a shared popularity order (s1 most wanted), which makes fairness bite. */
  skewed?: boolean;
}

/** A ranking of the given length, uniformly random or biased towards the first sessions. */
function randomRanking(rng: SeededRandom, ids: string[], length: number, skewed: boolean): string[] {
  if (!skewed) return rng.shuffle(ids).slice(0, length);
  const left = [...ids];
  const ranking: string[] = [];
  while (ranking.length < length) {
    const weights = left.map((id) => 1 / (ids.indexOf(id) + 1) ** 2);
    let pick = rng.next() * weights.reduce((a, b) => a + b, 0);
    let i = 0;
    while (i < left.length - 1 && pick >= weights[i]) pick -= weights[i++];
    ranking.push(left.splice(i, 1)[0]);
  }
  return ranking;
}

/** One random choice point "cp" with partial/empty rankings, optional previous. */
export function smallInstance(seed: number, shape: SmallInstanceShape): AssignmentInstance {
  const rng = new SeededRandom(seed);
  const capacities = new Array<number>(shape.sessions).fill(0);
  for (let i = 0; i < shape.seats; i++) capacities[rng.int(0, shape.sessions - 1)]++;
  const ids = capacities.map((_, i) => `s${i + 1}`);
  const cp: ChoicePointSpec = {
    id: 'cp',
    rounds: shape.rounds,
    sessions: ids.map((id, i) => ({ id, capacity: capacities[i] })),
  };
  const participants: ParticipantSpec[] = [];
  const previous: Record<string, Record<string, string[]>> = {};
  for (let p = 0; p < shape.participants; p++) {
    const length = rng.next() < 0.15 ? 0 : rng.int(1, shape.sessions);
    participants.push({ id: `u${p + 1}`, rankings: { cp: randomRanking(rng, ids, length, shape.skewed ?? false) } });
    if (rng.next() < (shape.previousShare ?? 0) && shape.sessions >= shape.rounds) {
      previous[`u${p + 1}`] = { cp: rng.shuffle(ids).slice(0, shape.rounds) };
    }
  }
  const instance: AssignmentInstance = { choicePoints: [cp], participants };
  if (Object.keys(previous).length > 0) instance.previous = previous;
  return instance;
}
