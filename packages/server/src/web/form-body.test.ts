import { translator } from '@convivio/web';
import { describe, expect, it } from 'vitest';
import { NumberReader } from './form-body.ts';

describe('numbers typed in page forms', () => {
  it('are read as the page language writes them, with its own field messages', () => {
    const fr = new NumberReader(translator('fr'));
    expect(fr.read('1,200', 'target')).toBe(1.2);
    expect(fr.read('1 200', 'population', true)).toBe(1200);
    expect(fr.read('1.200', 'achieved')).toBeNull();
    expect(fr.read('beaucoup', 'target')).toBeNull();
    expect(fr.read('1,5', 'population', true)).toBeNull();
    expect(fr.read('  ', 'note')).toBeNull();
    expect(fr.issues).toEqual([
      {
        field: 'achieved',
        message:
          'Ce nombre peut se lire de deux façons : écrivez les décimales avec « , » et sans séparateur de milliers, par exemple 1200,5',
      },
      { field: 'target', message: 'Saisissez un nombre, par exemple 12 ou 39,28' },
      { field: 'population', message: 'Saisissez un nombre entier, par exemple 1200' },
    ]);
    const en = new NumberReader(translator('en'));
    expect(en.read('1,200', 'population', true)).toBe(1200);
    expect(en.issues).toEqual([]);
  });
});
