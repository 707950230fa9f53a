import { describe, expect, it } from 'vitest';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import { MIN_PASSWORD_SCORE, assertStrongPassword, estimatePassword, ownerWords } from './password-strength.ts';

/** zxcvbn with the misspelling search always on: the verdict the two-step estimate must agree with. */
const thorough = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
  useLevenshteinDistance: true,
});
const passes = (score: number) => score >= MIN_PASSWORD_SCORE;

describe('password strength', () => {
  it('gives the same verdict as the full misspelling search, on weak, misspelt and strong passwords', () => {
    const owner = ['maria.lopez@example.org', 'Maria Lopez'];
    const cases = ['password123', 'Tr0ub4dor&3', 'mariallopez1', 'correct horse battery'];
    for (const password of cases)
      expect(passes(estimatePassword(password, owner).score), password).toBe(
        passes(thorough.check(password, ownerWords(owner)).score),
      );
  });

  it('refuses a misspelt common word that only the misspelling search recognises', () => {
    expect(estimatePassword('Tr0ub4dor&3', []).score).toBeLessThan(MIN_PASSWORD_SCORE);
    expect(() => assertStrongPassword('Tr0ub4dor&3', [])).toThrow(/too easy to guess/);
  });

  it('accepts a long passphrase of unrelated words', () => {
    expect(() => assertStrongPassword('violin cactus harbour lantern', ['someone@example.org'])).not.toThrow();
  });
});
