import { describe, expect, it } from 'vitest';
import { themesForChallenge } from './challenge-themes.ts';

describe('matching common challenges to practice themes', () => {
  it('maps each challenge the MUST-a-Lab report names to at least one theme', () => {
    for (const title of [
      'Polarisation, discrimination',
      'Ghettoisation',
      'Labour and economic integration',
      'Housing',
      'Learning of common language',
      'Equal opportunities',
      'Access to resources',
      'Positive coexistence',
      'Coordination between stakeholders',
    ]) {
      expect(themesForChallenge(title).length, title).toBeGreaterThan(0);
    }
    expect(themesForChallenge('Learning of common language')).toEqual(['language']);
    expect(themesForChallenge('Labour and economic integration')).toContain('employment');
  });

  it('falls back to themes named in the title, and to none', () => {
    expect(themesForChallenge('Digital divide')).toEqual(['digital']);
    expect(themesForChallenge('Weather')).toEqual([]);
  });
});
