import type { SelfCheckAnswer } from '@convivio/shared';

/** Where a city stands on a theme, from its answers to the theme's self-check questions. */
export interface SelfCheckResult {
  questions: number;
  answered: number;
  yes: number;
  partly: number;
  no: number;
  /** Yes counts 1, partly ½, out of every question (0–100, rounded); null when the theme has no questions. */
  percent: number | null;
  /** not-started: nothing answered; starting: under 40 %; developing: under 75 %; established: 75 % and more. */
  stage: 'no-questions' | 'not-started' | 'starting' | 'developing' | 'established';
}

/** Counts a city's answers to these questions (answers to other questions are ignored). Pure. */
export function selfCheckResult(
  questionIds: string[],
  answers: { questionId: string; answer: SelfCheckAnswer }[],
): SelfCheckResult {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a.answer]));
  const given = questionIds.flatMap((q) => (byQuestion.has(q) ? [byQuestion.get(q)!] : []));
  const count = (a: SelfCheckAnswer) => given.filter((x) => x === a).length;
  const [yes, partly, no] = [count('yes'), count('partly'), count('no')];
  const questions = questionIds.length;
  if (!questions) return { questions, answered: 0, yes, partly, no, percent: null, stage: 'no-questions' };
  const percent = Math.round(((yes + partly / 2) / questions) * 100);
  const stage = !given.length ? 'not-started' : percent < 40 ? 'starting' : percent < 75 ? 'developing' : 'established';
  return { questions, answered: given.length, yes, partly, no, percent, stage };
}
