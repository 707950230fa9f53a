import { describe, expect, it } from 'vitest';
import { assign } from './assign.ts';
import { AssignmentError } from './errors.ts';
import { expectOptimal } from './testing/check.ts';
import { smallInstance } from './testing/random-instance.ts';
import { SeededRandom } from './testing/random.ts';
import type { AssignmentInstance } from './types.ts';

describe('waiting-list mode', () => {
  it('seats as many as fit, by priority, and is optimal for the seated (brute force)', () => {
    const rng = new SeededRandom(55);
    let waited = 0;
    for (let seed = 0; seed < 80; seed++) {
      const rounds = rng.int(1, 2);
      const participants = rng.int(2, rounds === 1 ? 6 : 4);
      const shape = {
        participants,
        sessions: rng.int(1, 4),
        rounds,
        seats: Math.max(0, participants - rng.int(0, 3)),
        previousShare: 0.4,
        skewed: true,
      };
      const result = expectOptimal(smallInstance(4000 + seed, shape), true);
      if ((result?.choicePoints.cp.unassigned.length ?? 0) > 0) waited++;
    }
    expect(waited).toBeGreaterThan(20);
  });

  const full: AssignmentInstance = {
    choicePoints: [
      {
        id: 'visits',
        sessions: [
          { id: 'port', capacity: 1 },
          { id: 'museum', capacity: 1 },
        ],
      },
    ],
    participants: [
      { id: 'early', rankings: { visits: ['port'] } },
      { id: 'middle', rankings: { visits: ['port'] } },
      { id: 'late', rankings: { visits: ['museum'] } },
    ],
  };

  it('fails without the option, naming the choice point and the shortfall', () => {
    expect(() => assign(full)).toThrowError(
      "choice point 'visits': 3 participants × 1 round(s) need 3 seats but only 2 can be used (shortfall 1 seats; 1 participant(s) over)",
    );
    try {
      assign(full);
    } catch (err) {
      expect(err).toBeInstanceOf(AssignmentError);
      expect((err as AssignmentError).shortfall).toMatchObject({
        choicePoint: 'visits',
        missingSeats: 1,
        participantsOver: 1,
      });
    }
  });

  it('puts the latest registration on the waiting list, whatever it ranked', () => {
    const result = assign(full, { waitingList: true });
    expect(result.assignments).toEqual({
      early: { visits: ['port'] },
      middle: { visits: ['museum'] },
      late: { visits: [] },
    });
    expect(result.choicePoints.visits.unassigned).toEqual(['late']);
    expect(result.choicePoints.visits.seated).toBe(2);
  });

  it('keeps the seats of participants who had one before late registrants', () => {
    const result = assign({ ...full, previous: { late: { visits: ['museum'] } } }, { waitingList: true });
    expect(result.choicePoints.visits.unassigned).toEqual(['middle']);
    expect(result.assignments.late.visits).toEqual(['museum']);
    expect(result.choicePoints.visits.moved).toEqual([]);
  });

  it('explains when there are more rounds than sessions', () => {
    const tooManyRounds: AssignmentInstance = {
      choicePoints: [
        {
          id: 'corner',
          rounds: 3,
          sessions: [
            { id: 'p1', capacity: 9 },
            { id: 'p2', capacity: 9 },
          ],
        },
      ],
      participants: [{ id: 'u1', rankings: {} }],
    };
    expect(() => assign(tooManyRounds)).toThrowError("choice point 'corner' has 3 rounds but only 2 sessions");
    const waiting = assign(tooManyRounds, { waitingList: true });
    expect(waiting.choicePoints.corner.unassigned).toEqual(['u1']);
    expect(waiting.choicePoints.corner.fill).toEqual({ p1: [0, 0, 0], p2: [0, 0, 0] });
  });

  it('counts a seat a participant cannot use twice as missing (multi-round)', () => {
    // Two rounds, one big session: everybody can attend it only once.
    const oneBig: AssignmentInstance = {
      choicePoints: [
        {
          id: 'corner',
          rounds: 2,
          sessions: [
            { id: 'big', capacity: 10 },
            { id: 'small', capacity: 1 },
          ],
        },
      ],
      participants: [1, 2, 3].map((i) => ({ id: `u${i}`, rankings: {} })),
    };
    expect(() => assign(oneBig)).toThrowError(
      /need 6 seats but only 5 can be used \(shortfall 1 seats; 1 participant\(s\) over\)/,
    );
    expect(assign(oneBig, { waitingList: true }).choicePoints.corner.unassigned).toEqual(['u3']);
  });
});
