import { describe, expect, it } from 'vitest';
import {
  MIN_PASSWORD_SCORE,
  assertStrongPassword,
  estimatePassword,
  estimatorOptions,
  misspellingSearch,
  ownerWords,
} from './password-strength.ts';

/**
 * zxcvbn as it comes, from its ES module build (whose misspelling search the estimator's
 * replacement of the CommonJS module leaves alone), with the estimator's options.
 */
const esModuleBuild: string = '@zxcvbn-ts/core/dist/index.mjs';
const { ZxcvbnFactory } = (await import(esModuleBuild)) as typeof import('@zxcvbn-ts/core');
const reference = new ZxcvbnFactory(estimatorOptions());
/** An estimate without the time it took. */
const estimate = ({ calcTime: _, ...rest }: { calcTime: number }) => rest;

describe('password strength', () => {
  it('estimates exactly as zxcvbn does with its own misspelling search: score, guesses, matches and feedback', () => {
    expect(misspellingSearch()).toBe('indexed');
    const owner = ['maria.lopez@example.org', 'Maria Lopez'];
    const cases = [
      'password123',
      'Tr0ub4dor&3',
      'marialopes',
      'passwrod',
      'drowssap1',
      'p@ssw0rdd',
      'correct horse battery',
      'violin cactus harbour lantern',
      'a-long-enough-password',
      'kjh23$kls9',
    ];
    let weak = 0;
    for (const password of cases) {
      const ours = estimatePassword(password, owner);
      expect(estimate(ours), password).toEqual(estimate(reference.check(password, ownerWords(owner))));
      if (ours.score < MIN_PASSWORD_SCORE) weak++;
    }
    // Weak and strong passwords were both compared.
    expect(weak).toBeGreaterThan(3);
    expect(cases.length - weak).toBeGreaterThan(3);
  });

  it('refuses a misspelt common word that only the misspelling search recognises', () => {
    expect(estimatePassword('Tr0ub4dor&3', []).score).toBeLessThan(MIN_PASSWORD_SCORE);
    expect(() => assertStrongPassword('Tr0ub4dor&3', [])).toThrow(/too easy to guess/);
  });

  it('accepts a long passphrase of unrelated words', () => {
    expect(() => assertStrongPassword('violin cactus harbour lantern', ['someone@example.org'])).not.toThrow();
  });
});
