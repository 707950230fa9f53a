import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldMessage } from './field-label.ts';

describe('field labels', () => {
  it.each([
    ['groups.0.name', 'Group 1: name'],
    ['groups.0', 'Group 1'],
    ['quantitativeResults.2.target', 'Quantitative result 3: target'],
    ['sessions.1.presentations.0.title', 'Session 2, presentation 1: title'],
    ['source.document', 'Source document'],
    ['migrantShareYear', 'Migrant share year'],
    ['cityId', 'City'],
    ['(root)', 'The input'],
  ])('%s reads "%s"', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });

  it('says what is wrong in plain words, after the label', () => {
    expect(fieldMessage('groups.0.name', 'Invalid input: expected string, received undefined')).toBe(
      'Group 1: name is required',
    );
    expect(fieldMessage('name', 'Too small: expected string to have >=1 characters')).toBe('Name must not be empty');
    expect(fieldMessage('links.1', 'Invalid URL')).toBe('Link 2: Invalid URL');
    expect(fieldMessage('population', 'Invalid input: expected number, received string')).toBe(
      'Population must be a number',
    );
  });
});
