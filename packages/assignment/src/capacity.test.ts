import { describe, expect, it } from 'vitest';
import { maxSeatable, usableSeats } from './capacity.ts';
import { assign } from './assign.ts';

describe('seat counting', () => {
  it('counts a session at most once per participant', () => {
    const capacity = Int32Array.from([10, 1]);
    expect(usableSeats(capacity, 2, 3)).toBe(3 + 2);
    expect(maxSeatable(capacity, 2, 3)).toBe(2);
    expect(maxSeatable(capacity, 1, 20)).toBe(11);
  });

  it('seats nobody when rounds exceed sessions', () => {
    expect(maxSeatable(Int32Array.from([5, 5]), 3, 4)).toBe(0);
  });

  it('handles empty choice points and sessions without seats', () => {
    const result = assign({
      choicePoints: [
        {
          id: 'ws',
          sessions: [
            { id: 'closed', capacity: 0 },
            { id: 'open', capacity: 1 },
          ],
        },
      ],
      participants: [],
    });
    expect(result.choicePoints.ws).toMatchObject({
      seated: 0,
      totalCost: 0,
      worstRank: 0,
      fill: { closed: [0], open: [0] },
    });
    const one = assign({
      choicePoints: [
        {
          id: 'ws',
          sessions: [
            { id: 'closed', capacity: 0 },
            { id: 'open', capacity: 1 },
          ],
        },
      ],
      participants: [{ id: 'u', rankings: { ws: ['closed'] } }],
    });
    expect(one.assignments.u.ws).toEqual(['open']);
    expect(one.choicePoints.ws.fairnessRank).toBe(3);
  });
});
