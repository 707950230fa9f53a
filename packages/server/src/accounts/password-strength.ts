import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { AppError } from '../errors.ts';

/** zxcvbn's score (0-4) a password needs: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** Only the first characters are estimated: the estimator's cost grows with length, and a longer password only gets stronger. */
const ESTIMATED_LENGTH = 100;

/** How many edits away from a dictionary word a password still counts as that word misspelt (zxcvbn's default). */
const MISSPELLING_DISTANCE = 2;

const dictionary = { ...common.dictionary, ...en.dictionary };
const longestWord = Object.values(dictionary).reduce(
  (longest, words) => words.reduce((l: number, w) => Math.max(l, String(w).length), longest),
  0,
);

const estimators = new Map<boolean, ZxcvbnFactory>();
/** The estimator with the common and English dictionaries, built on first use; with or without misspelling search. */
function zxcvbn(misspellings: boolean): ZxcvbnFactory {
  let estimator = estimators.get(misspellings);
  if (!estimator) {
    estimator = new ZxcvbnFactory({
      dictionary,
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      useLevenshteinDistance: misspellings,
      levenshteinThreshold: MISSPELLING_DISTANCE,
    });
    estimators.set(misspellings, estimator);
  }
  return estimator;
}

/** What the estimator treats as guessable for this owner: each of their inputs, whole and split into words. */
export function ownerWords(userInputs: string[]): string[] {
  return userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
}

/**
 * How strong a password is, given what else is known about its owner (their e-mail, name).
 * The search for misspelt dictionary words costs about a second of processor time, so it runs
 * only when it can change the verdict: on a password that passes without it (extra matches only
 * lower the estimate) and is short enough to be a word, or the owner's name, misspelt.
 */
export function estimatePassword(password: string, userInputs: string[]): ZxcvbnResult {
  const inputs = ownerWords(userInputs);
  const estimated = password.slice(0, ESTIMATED_LENGTH);
  const quick = zxcvbn(false).check(estimated, inputs);
  const longest = Math.max(longestWord, ...inputs.map((s) => s.length));
  if (quick.score < MIN_PASSWORD_SCORE || estimated.length > longest + MISSPELLING_DISTANCE) return quick;
  return zxcvbn(true).check(estimated, inputs);
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
