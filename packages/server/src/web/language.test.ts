import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@convivio/web';
import { acceptedLanguages, matchLanguage, negotiateLanguage, withoutLanguage } from './language.ts';

describe('language negotiation', () => {
  it('orders Accept-Language by q-value, keeping the header order on ties and dropping q=0', () => {
    expect(acceptedLanguages('de;q=0.5, nl, fr;q=0.8, it;q=0, es;q=0.8')).toEqual(['nl', 'fr', 'es', 'de']);
    expect(acceptedLanguages('en-GB , *;q=0.1, bad tag, el;q=2')).toEqual(['en-GB', '*']);
  });

  it('chooses the most preferred language the interface has, with region fallbacks', () => {
    const available = LANGUAGES();
    expect(negotiateLanguage('fr-BE,fr;q=0.9,en;q=0.5', available)).toBe('fr');
    expect(negotiateLanguage('pt-BR, nl;q=0.7, de;q=0.9', available)).toBe('de');
    expect(negotiateLanguage('de-AT;q=0.2, uk-UA;q=0.9', available)).toBe('uk');
    expect(negotiateLanguage('prs', available)).toBe('fa-AF');
    expect(negotiateLanguage('fa-IR', available)).toBe('fa-AF');
    expect(negotiateLanguage('ps-AF', available)).toBe('ps');
    expect(negotiateLanguage('AR-sy', available)).toBe('ar');
    expect(negotiateLanguage('pt, pl', available)).toBeNull();
    expect(negotiateLanguage('', available)).toBeNull();
    expect(negotiateLanguage('*', available)).toBeNull();
    expect(matchLanguage('EN-us', available)).toBe('en');
  });

  it('takes the language parameter out of an address, keeping the others', () => {
    expect(withoutLanguage('/practices?lang=ar&q=work&theme=housing')).toBe('/practices?q=work&theme=housing');
    expect(withoutLanguage('/?lang=el')).toBe('/');
  });
});
