import fs from 'node:fs';
import { translator } from '@convivio/web';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../bootstrap.ts';
import { parseCity } from '../cities/service.ts';
import { parsePractice } from './service.ts';
import { cityFromForm, cityToForm } from '../cities/city-form.ts';
import type { FormBody } from '../web/form-body.ts';
import { practiceFormField, practiceFromForm, practiceToForm } from './practice-form.ts';

const t = translator('en');
const dataset = JSON.parse(fs.readFileSync(BUNDLED_DATASET, 'utf8')) as { practices: unknown[]; cities: unknown[] };

/** Form values as a browser would post them (text areas with CRLF line endings). */
const posted = (values: Record<string, string | string[]>): FormBody =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v : v.replace(/\n/g, '\r\n')]));

describe('practice and city forms', () => {
  it('give back every bundled practice unchanged after a round trip through the form', () => {
    for (const raw of dataset.practices) {
      const record = parsePractice(raw);
      const input = practiceFromForm(posted(practiceToForm(record, 3)), t);
      expect(input.issues).toEqual([]);
      expect(input.version).toBe(3);
      expect(parsePractice(input.record)).toEqual(record);
    }
  });

  it('give back every bundled city unchanged after a round trip through the form', () => {
    for (const raw of dataset.cities) {
      const record = parseCity(raw);
      const input = cityFromForm(posted(cityToForm(record, 1)), t);
      expect(input.issues).toEqual([]);
      expect(parseCity({ ...input.record, id: record.id })).toEqual(record);
    }
  });

  it('read decimal commas and thousands separators, and name the fields that are not numbers', () => {
    const input = practiceFromForm(
      {
        name: 'Results',
        kind: 'practice',
        language: 'en',
        'quantitativeResults.0.indicator': 'People reached',
        'quantitativeResults.0.achieved': '1,200',
        'quantitativeResults.0.target': '39,28',
        'quantitativeResults.3.indicator': '',
        'quantitativeResults.3.achieved': 'many',
        'quantitativeResults.7.indicator': '',
        'quantitativeResults.7.achieved': '',
      },
      t,
    );
    expect(input.record.quantitativeResults).toEqual([
      { indicator: 'People reached', achieved: 1200, target: 39.28, unit: '', note: '' },
      { indicator: '', achieved: null, target: null, unit: '', note: '' },
    ]);
    expect(input.issues).toEqual([
      { field: 'quantitativeResults.1.indicator', message: 'Fill in this field' },
      { field: 'quantitativeResults.1.achieved', message: 'Enter a number, such as 12 or 39.28' },
    ]);
    const city = cityFromForm({ name: 'X', country: 'it', language: 'it', population: '12.5' }, t);
    expect(city.record.country).toBe('IT');
    expect(city.issues).toEqual([{ field: 'population', message: 'Enter a whole number, such as 1200' }]);
  });

  it('place service issues on the form field that shows them', () => {
    expect(practiceFormField('links.2')).toBe('links');
    expect(practiceFormField('themes.0')).toBe('themes');
    expect(practiceFormField('quantitativeResults.1.target')).toBe('quantitativeResults.1.target');
    expect(practiceFormField('source')).toBe('source.document');
    expect(practiceFormField('(root)')).toBeNull();
  });
});
