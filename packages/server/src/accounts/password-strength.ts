import { createRequire } from 'node:module';
import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import type * as CommonWords from '@zxcvbn-ts/language-common';
import type * as EnglishWords from '@zxcvbn-ts/language-en';
import { AppError } from '../errors.ts';

/** zxcvbn's score (0-4) a password needs: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** Only the first characters are estimated: the estimator's cost grows with length, and a longer password only gets stronger. */
const ESTIMATED_LENGTH = 100;

/** How many edits away from a dictionary word a password still counts as that word misspelt (zxcvbn's default). */
const MISSPELLING_DISTANCE = 2;

/**
 * The common and English word lists, with the length of their longest word; read on the first
 * estimate rather than at import, because unpacking them costs about 0.3 s of every process's
 * start (the server's, each command's) though few ever check a password.
 */
let words: {
  dictionary: typeof CommonWords.dictionary;
  common: typeof CommonWords;
  en: typeof EnglishWords;
  longest: number;
} | null = null;
function wordLists() {
  if (words) return words;
  const load = createRequire(import.meta.url);
  const common = load('@zxcvbn-ts/language-common') as typeof CommonWords;
  const en = load('@zxcvbn-ts/language-en') as typeof EnglishWords;
  const dictionary = { ...common.dictionary, ...en.dictionary };
  const longest = Object.values(dictionary).reduce(
    (l, list) => list.reduce((m: number, w) => Math.max(m, String(w).length), l),
    0,
  );
  return (words = { dictionary, common, en, longest });
}

const estimators = new Map<boolean, ZxcvbnFactory>();
/** The estimator with the common and English dictionaries, built on first use; with or without misspelling search. */
function zxcvbn(misspellings: boolean): ZxcvbnFactory {
  let estimator = estimators.get(misspellings);
  if (!estimator) {
    const { dictionary, common, en } = wordLists();
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
  const longest = Math.max(wordLists().longest, ...inputs.map((s) => s.length));
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
