import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type { OptionsType, ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import type * as CommonWords from '@zxcvbn-ts/language-common';
import type * as EnglishWords from '@zxcvbn-ts/language-en';
import { AppError } from '../errors.ts';
import { findMisspelling } from './misspelling-search.ts';

/** zxcvbn's score (0-4) a password needs: 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

/** Only the first characters are estimated: the estimator's cost grows with length, and a longer password only gets stronger. */
const ESTIMATED_LENGTH = 100;

/** How many edits away from a dictionary word a password still counts as that word misspelt (zxcvbn's default). */
const MISSPELLING_DISTANCE = 2;

/**
 * The common and English word lists; read on the first estimate rather than at import, because
 * unpacking them costs about 0.3 s of every process's start (the server's, each command's)
 * though few ever check a password.
 */
let words: {
  dictionary: typeof CommonWords.dictionary;
  common: typeof CommonWords;
  en: typeof EnglishWords;
} | null = null;
function wordLists() {
  if (words) return words;
  const load = createRequire(import.meta.url);
  const common = load('@zxcvbn-ts/language-common') as typeof CommonWords;
  const en = load('@zxcvbn-ts/language-en') as typeof EnglishWords;
  return (words = { dictionary: { ...common.dictionary, ...en.dictionary }, common, en });
}

/**
 * zxcvbn's constructor, loaded with its misspelling search answered by `findMisspelling`: the
 * same answers from an index, which makes an estimate 12 to 70 times faster
 * (bench/results/password-strength.md). zxcvbn's own module (`dist/utils/levenshtein.cjs`, whose
 * export is the search function) is put in Node's module cache before zxcvbn's matcher requires
 * it. `misspellingSearch` says which search zxcvbn got.
 */
let core: { ZxcvbnFactory: typeof ZxcvbnFactory } | null = null;
let indexedSearch = false;
function zxcvbnCore() {
  if (core) return core;
  const load = createRequire(import.meta.url);
  const entry = load.resolve('@zxcvbn-ts/core');
  const searchModule = path.join(path.dirname(entry), 'utils', 'levenshtein.cjs');
  const matcherModule = path.join(path.dirname(entry), 'matcher', 'dictionary', 'matching.cjs');
  // A matcher already loaded (by whoever required zxcvbn first) keeps the search it has.
  if (!(matcherModule in load.cache) && !(searchModule in load.cache)) {
    const replacement = new Module(searchModule);
    replacement.filename = searchModule;
    replacement.loaded = true;
    replacement.exports = findMisspelling;
    load.cache[searchModule] = replacement;
  }
  core = load(entry) as { ZxcvbnFactory: typeof ZxcvbnFactory };
  indexedSearch = load.cache[searchModule]?.exports === findMisspelling;
  return core;
}

/** Which misspelling search the estimator uses: the index (`findMisspelling`) or zxcvbn's own scan. */
export function misspellingSearch(): 'indexed' | 'scan' {
  zxcvbnCore();
  return indexedSearch ? 'indexed' : 'scan';
}

/** The estimator's options: the common and English dictionaries, keyboard graphs and feedback, misspelt words searched. */
export function estimatorOptions(): OptionsType {
  const { dictionary, common, en } = wordLists();
  return {
    dictionary,
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    useLevenshteinDistance: true,
    levenshteinThreshold: MISSPELLING_DISTANCE,
  };
}

let estimator: ZxcvbnFactory | null = null;
/** The estimator, built on first use. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new (zxcvbnCore().ZxcvbnFactory)(estimatorOptions());
  return estimator;
}

/** What the estimator treats as guessable for this owner: each of their inputs, whole and split into words. */
export function ownerWords(userInputs: string[]): string[] {
  return userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
}

/** How strong a password is, given what else is known about its owner (their e-mail, name), misspelt words included. */
export function estimatePassword(password: string, userInputs: string[]): ZxcvbnResult {
  return zxcvbn().check(password.slice(0, ESTIMATED_LENGTH), ownerWords(userInputs));
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
