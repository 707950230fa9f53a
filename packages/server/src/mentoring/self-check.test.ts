import { describe, expect, it } from 'vitest';
import { selfCheckResult } from './self-check.ts';

describe('selfCheckResult', () => {
  it('says a theme without questions has no self-check', () => {
    expect(selfCheckResult([], [{ questionId: 'q1', answer: 'yes' }])).toMatchObject({
      percent: null,
      stage: 'no-questions',
    });
  });

  it('has not started when nothing is answered', () => {
    expect(selfCheckResult(['q1', 'q2'], [])).toMatchObject({ answered: 0, percent: 0, stage: 'not-started' });
  });

  it('counts yes as 1 and partly as ½ out of every question, ignoring answers to other questions', () => {
    const r = selfCheckResult(
      ['q1', 'q2', 'q3', 'q4'],
      [
        { questionId: 'q1', answer: 'yes' },
        { questionId: 'q2', answer: 'partly' },
        { questionId: 'q3', answer: 'no' },
        { questionId: 'zz', answer: 'yes' },
      ],
    );
    expect(r).toEqual({ questions: 4, answered: 3, yes: 1, partly: 1, no: 1, percent: 38, stage: 'starting' });
  });

  it('places 40 % in developing and 75 % in established', () => {
    const yes = (n: number) => Array.from({ length: n }, (_, i) => ({ questionId: `q${i}`, answer: 'yes' as const }));
    const ids = Array.from({ length: 20 }, (_, i) => `q${i}`);
    expect(selfCheckResult(ids, yes(8)).stage).toBe('developing');
    expect(selfCheckResult(ids, yes(7)).stage).toBe('starting');
    expect(selfCheckResult(ids, yes(15)).stage).toBe('established');
    expect(selfCheckResult(ids, yes(14)).stage).toBe('developing');
  });
});
