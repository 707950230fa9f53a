import { describe, expect, it } from 'vitest';
import { decimalSign, readLocaleNumber, writeNumber } from './index.ts';

describe('numbers read as the page language writes them', () => {
  it('reads "1,200" as 1200 in English and 1.2 in French, German, Ukrainian and Greek', () => {
    expect(readLocaleNumber('1,200', 'en')).toEqual({ value: 1200 });
    for (const lang of ['fr', 'de', 'uk', 'el', 'es', 'it', 'nl'])
      expect(readLocaleNumber('1,200', lang), lang).toEqual({ value: 1.2 });
  });

  it('groups thousands with the language’s own sign or spaces, and reads decimals after its decimal sign', () => {
    expect(readLocaleNumber('1.200', 'de')).toEqual({ value: 1200 });
    expect(readLocaleNumber('1.200.000,75', 'es')).toEqual({ value: 1200000.75 });
    expect(readLocaleNumber('1 200,5', 'fr')).toEqual({ value: 1200.5 });
    expect(readLocaleNumber('1\u202f200,5', 'fr')).toEqual({ value: 1200.5 });
    expect(readLocaleNumber('12,345.67', 'en')).toEqual({ value: 12345.67 });
    expect(readLocaleNumber('-3,5', 'uk')).toEqual({ value: -3.5 });
    expect(readLocaleNumber('39,28', 'en')).toEqual({ value: 39.28 });
    expect(readLocaleNumber('39.28', 'de')).toEqual({ value: 39.28 });
  });

  it('reads Arabic-Indic and Persian digits and signs', () => {
    expect(readLocaleNumber('١٬٢٠٠', 'ar')).toEqual({ value: 1200 });
    expect(readLocaleNumber('۱۲٫۵', 'fa-AF')).toEqual({ value: 12.5 });
    expect(readLocaleNumber('۱٬۲۰۰', 'ps')).toEqual({ value: 1200 });
  });

  it('refuses a number that reads two ways, and text that is no number', () => {
    expect(readLocaleNumber('1.200', 'fr')).toEqual({ problem: 'ambiguous' });
    expect(readLocaleNumber('1.200', 'uk')).toEqual({ problem: 'ambiguous' });
    for (const bad of ['many', '1,2,3', '1..2', '1,200.5,3', '12a', '1 2', '--1'])
      expect(readLocaleNumber(bad, 'en'), bad).toEqual({ problem: 'invalid' });
    expect(readLocaleNumber('1,200.5', 'de')).toEqual({ problem: 'invalid' });
  });

  it('writes examples in the language’s digits and signs', () => {
    expect(writeNumber('fr', 39.28)).toBe('39,28');
    expect(writeNumber('de', 1200.5, false)).toBe('1200,5');
    expect(writeNumber('fa-AF', 39.28)).toBe('۳۹٫۲۸');
    expect(decimalSign('de')).toBe(',');
    expect(decimalSign('en')).toBe('.');
  });
});
