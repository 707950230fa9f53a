import { describe, expect, it } from 'vitest';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { findMisspelling } from './misspelling-search.ts';

/*
 * The reference is zxcvbn's own search, from its ES module build (`utils/levenshtein.mjs`), which
 * the estimator's replacement of the CommonJS module leaves alone.
 */
type Search = (password: string, dictionary: object, threshold: number) => object;
const searchModule: string = '@zxcvbn-ts/core/dist/utils/levenshtein.mjs';
const esModuleBuild: string = '@zxcvbn-ts/core/dist/index.mjs';
const zxcvbnSearch = ((await import(searchModule)) as { default: Search }).default;
const { Options } = (await import(esModuleBuild)) as typeof import('@zxcvbn-ts/core');

const options = new Options({ dictionary: { ...common.dictionary, ...en.dictionary } });
const dictionaries = Object.entries(options.rankedDictionaries);

/** A seeded generator, so that a failure names a password that fails again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Passwords of every length up to 100: dictionary words (whole, misspelt, joined, reversed), random text, other scripts. */
function passwords(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = dictionaries.flatMap(([, d]) => Object.keys(d).slice(0, 3000));
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$ éüß';
  const edit = (w: string) => {
    const at = Math.floor(next() * (w.length + 1));
    const kind = Math.floor(next() * 3);
    const c = pick([...letters]);
    return kind === 0
      ? w.slice(0, at) + c + w.slice(at)
      : kind === 1
        ? w.slice(0, at) + w.slice(at + 1)
        : w.slice(0, at) + c + w.slice(at + 1);
  };
  const out = ['a', 'ab', 'password', 'passwrod', 'pasword', 'drowssap', 'p4ssw0rd', 'trustno1', 'correcthorsebattery'];
  out.push('ميثاق', 'Ελληνικά', 'пароль', '密码密码', '😀😀😀😀', 'mot de passe', 'x'.repeat(100));
  while (out.length < count) {
    const kind = Math.floor(next() * 5);
    let pw = pick(words);
    if (kind === 1) for (let e = 1 + Math.floor(next() * 3); e > 0; e--) pw = edit(pw);
    if (kind === 2) while (pw.length < 8 + next() * 60) pw += pick(['', ' ', '-']) + pick(words);
    if (kind === 3) pw = [...pw].reverse().join('');
    if (kind === 4) pw = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pick([...letters])).join('');
    out.push(pw.slice(0, 100));
  }
  return out;
}

/** The first words of each dictionary, as one ranked dictionary of their own: zxcvbn's search takes milliseconds per full dictionary. */
const slices = dictionaries.map(
  ([name, d]) => [name, Object.fromEntries(Object.entries(d).slice(0, 2500))] as [string, Record<string, number>],
);

/** Compares both searches on every password and dictionary; how many found a word, and how many did not. */
function compare(list: string[], dictionaryList: [string, object][], thresholds: number[]) {
  let found = 0;
  let none = 0;
  for (const password of list)
    for (const [name, dictionary] of dictionaryList)
      for (const threshold of thresholds) {
        const expected = zxcvbnSearch(password, dictionary, threshold);
        expect(
          findMisspelling(password, dictionary, threshold),
          `${name}, threshold ${threshold}: ${password}`,
        ).toEqual(expected);
        if ('levenshteinDistanceEntry' in expected) found++;
        else none++;
      }
  return { found, none };
}

describe('the indexed misspelling search', () => {
  it('finds what zxcvbn finds for passwords of every length, with thresholds 0, 2 and 4', () => {
    const { found, none } = compare(passwords(200, 7), slices, [0, 2, 4]);
    // Both kinds of answer were compared, many times.
    expect(found).toBeGreaterThan(300);
    expect(none).toBeGreaterThan(300);
  });

  it('finds what zxcvbn finds in the whole of every dictionary the estimator uses', () => {
    const { found, none } = compare(passwords(12, 11), dictionaries, [2]);
    expect(found).toBeGreaterThan(10);
    expect(none).toBeGreaterThan(10);
  });

  it('takes the first near word in key order, not the nearest or the first alphabetically', () => {
    // zxcvbn's ranked dictionaries list their words in rank order; integer-like keys come first in key order.
    const dictionary = { zebra: 1, abcxy: 2, abcdz: 3, '12345': 4 };
    for (const password of ['abcde', 'zebrx', '12346', 'abcdf'])
      expect(findMisspelling(password, dictionary, 2)).toEqual(zxcvbnSearch(password, dictionary, 2));
    expect(findMisspelling('abcde', dictionary, 2)).toEqual({
      levenshteinDistance: 2,
      levenshteinDistanceEntry: 'abcxy',
    });
    expect(findMisspelling('12346', dictionary, 2)).toEqual({
      levenshteinDistance: 1,
      levenshteinDistanceEntry: '12345',
    });
  });

  it('answers none when the first near word is the empty word, as zxcvbn does', () => {
    const dictionary = { '': 1, b: 2 };
    expect(zxcvbnSearch('a', dictionary, 2)).toEqual({});
    expect(findMisspelling('a', dictionary, 2)).toEqual({});
    expect(findMisspelling('a', { b: 1 }, 2)).toEqual({ levenshteinDistance: 1, levenshteinDistanceEntry: 'b' });
  });

  it('answers the same for small dictionaries such as the owner’s words, built anew for every estimate', () => {
    const owner = { 'maria.lopez@example.org': 1, maria: 2, lopez: 3, example: 4, org: 5 };
    for (const password of ['marai', 'lopes1', 'exampel', 'mariaalopez', 'xyz', 'maria.lopez@exampel.org'])
      expect(findMisspelling(password, owner, 2), password).toEqual(zxcvbnSearch(password, owner, 2));
  });
});
