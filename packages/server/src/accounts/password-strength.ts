import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { AppError } from '../errors.ts';

/** zxcvbn's score (0-4) a password needs: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** Only the first characters are estimated: the estimator's cost grows with length, and a longer password only gets stronger. */
const ESTIMATED_LENGTH = 100;

let estimator: ZxcvbnFactory | null = null;
/** The estimator with the common and English dictionaries, built on first use (it takes about a second). */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    useLevenshteinDistance: true,
  });
  return estimator;
}

/** How strong a password is, given what else is known about its owner (their e-mail, name). */
export function estimatePassword(password: string, userInputs: string[]): ZxcvbnResult {
  const inputs = userInputs
    .flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
    .filter((s) => s.length >= 3);
  return zxcvbn().check(password.slice(0, ESTIMATED_LENGTH), inputs);
}

/** Refuses a common or guessable password with a 400 that says why and how to do better. */
export function assertStrongPassword(password: string, userInputs: string[], field = 'password'): void {
  const result = estimatePassword(password, userInputs);
  if (result.score >= MIN_PASSWORD_SCORE) return;
  const why = result.feedback.warning ?? 'It would be guessed quickly by a password-cracking program.';
  const how = result.feedback.suggestions.length
    ? result.feedback.suggestions.join(' ')
    : 'Use a longer passphrase of several unrelated words.';
  throw new AppError(
    'validation_failed',
    `The password is too easy to guess (strength ${result.score} of 4, ${MIN_PASSWORD_SCORE} needed). ${why} ${how} Avoid your name and e-mail address; a passphrase of four or more unrelated words works well.`,
    field,
  );
}
