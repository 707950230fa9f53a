import { describe, expect, it } from 'vitest';
import { validateInstance } from './validate.ts';

const validInstance = () => ({
  choicePoints: [
    {
      id: 'ws',
      sessions: [
        { id: 'a', capacity: 2 },
        { id: 'b', capacity: 2 },
      ],
    },
    {
      id: 'corner',
      rounds: 2,
      sessions: [
        { id: 'p1', capacity: 2 },
        { id: 'p2', capacity: 2 },
        { id: 'p3', capacity: 1 },
      ],
    },
  ],
  participants: [
    { id: 'u1', rankings: { ws: ['a'], corner: ['p1', 'p2'] } as Record<string, string[]> },
    { id: 'u2', rankings: {} as Record<string, string[]> },
    { id: 'u3', rankings: { corner: [] } as Record<string, string[]> },
    { id: 'u4', rankings: { ws: ['b', 'a'], corner: ['p3', 'p2', 'p1'] } },
  ],
  previous: { u1: { ws: ['a'], corner: ['p2', 'p1'] }, gone: { ws: ['b'] }, u2: { corner: [] } },
});

/** Validates a mutated copy of the valid instance and returns its errors. */
function errorsAfter(mutate: (doc: ReturnType<typeof validInstance>) => void) {
  const doc = validInstance();
  mutate(doc);
  const result = validateInstance(doc);
  if (result.ok) throw new Error('expected validation errors');
  return result.errors;
}

describe('validateInstance', () => {
  it('accepts a valid instance, fills in rounds and drops previous entries of unknown participants', () => {
    const result = validateInstance(validInstance());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.instance.choicePoints.map((cp) => cp.rounds)).toEqual([1, 2]);
    expect(Object.keys(result.instance.previous ?? {})).toEqual(['u1', 'u2']);
  });

  it('names an unknown session by its exact path', () => {
    expect(errorsAfter((d) => (d.participants[3].rankings.corner[2] = 'p9'))).toEqual([
      { path: 'participants[3].rankings.corner[2]', message: "unknown session 'p9' in choice point 'corner'" },
    ]);
  });

  it('names a duplicate in a ranking', () => {
    expect(errorsAfter((d) => (d.participants[3].rankings.corner[2] = 'p3'))).toEqual([
      { path: 'participants[3].rankings.corner[2]', message: "duplicate session 'p3' (already at index 0)" },
    ]);
  });

  it('rejects negative and non-integer capacities', () => {
    const errors = errorsAfter((d) => {
      d.choicePoints[0].sessions[0].capacity = -1;
      d.choicePoints[1].sessions[2].capacity = 1.5;
    });
    expect(errors.map((e) => e.path)).toEqual([
      'choicePoints[0].sessions[0].capacity',
      'choicePoints[1].sessions[2].capacity',
    ]);
    expect(errors[0].message).toContain('non-negative integer');
  });

  it('rejects an unknown choice point in rankings and in previous', () => {
    const errors = errorsAfter((d) => {
      d.participants[1].rankings.lunch = ['x'];
      (d.previous.u1 as Record<string, string[]>).lunch = ['x'];
    });
    expect(errors).toEqual([
      { path: 'participants[1].rankings.lunch', message: "unknown choice point 'lunch'" },
      { path: 'previous.u1.lunch', message: "unknown choice point 'lunch'" },
    ]);
  });

  it('rejects duplicate ids of participants, choice points and sessions', () => {
    const errors = errorsAfter((d) => {
      d.participants[2].id = 'u1';
      d.choicePoints[1].sessions.push({ id: 'p1', capacity: 3 });
      d.choicePoints.push({ id: 'ws', sessions: [{ id: 'z', capacity: 1 }] });
    });
    expect(errors.map((e) => e.path)).toEqual([
      'choicePoints[1].sessions[3].id',
      'choicePoints[2].id',
      'participants[2].id',
    ]);
    expect(errors[2].message).toBe("duplicate participant id 'u1' (also at index 0)");
  });

  it('rejects rounds below 1 or not an integer', () => {
    expect(errorsAfter((d) => (d.choicePoints[1].rounds = 0))).toEqual([
      { path: 'choicePoints[1].rounds', message: 'must be an integer ≥ 1, got number 0' },
    ]);
  });

  it('reports missing fields', () => {
    const errors = errorsAfter((d) => {
      const cp = d.choicePoints[0] as Partial<(typeof d.choicePoints)[0]>;
      delete cp.sessions;
      const session = d.choicePoints[1].sessions[0] as Partial<{ id: string; capacity: number }>;
      delete session.capacity;
      const person = d.participants[0] as Partial<(typeof d.participants)[0]>;
      delete person.id;
      delete person.rankings;
    });
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'choicePoints[0].sessions: is required',
      'choicePoints[1].sessions[0].capacity: is required',
      'participants[0].id: is required',
      'participants[0].rankings: is required (use {} for a participant without preferences)',
    ]);
    expect(validateInstance({ participants: [] })).toEqual({
      ok: false,
      errors: [{ path: 'choicePoints', message: 'is required' }],
    });
  });

  it('checks previous assignments: one session per round, or none', () => {
    const errors = errorsAfter((d) => (d.previous.u1.corner = ['p1']));
    expect(errors).toEqual([
      { path: 'previous.u1.corner', message: 'must list one session per round (2) or be [] (unassigned), got 1' },
    ]);
  });

  it('quotes keys that are not plain names and rejects non-objects', () => {
    const errors = errorsAfter((d) => {
      d.participants[0].rankings['site visit'] = [];
    });
    expect(errors[0].path).toBe('participants[0].rankings["site visit"]');
    expect(validateInstance([])).toEqual({
      ok: false,
      errors: [{ path: '', message: 'the instance must be an object, got an array' }],
    });
    expect(validateInstance({ choicePoints: [], participants: [7] })).toEqual({
      ok: false,
      errors: [{ path: 'participants[0]', message: 'must be an object, got number 7' }],
    });
  });
});
