import type { TranslatableKind } from '../records/translations.ts';

/** A practice's translatable texts: its name and the narrative fields of the MUST-a-Lab template. */
export const PRACTICE_TRANSLATION: TranslatableKind = {
  table: 'practice_translations',
  key: 'practice_id',
  entity: 'practice-translation',
  label: 'Practice',
  fields: {
    name: 'text',
    area: 'text',
    challengesAddressed: 'text',
    stakeholders: 'text',
    description: 'text',
    results: 'text',
    communicationStrategy: 'text',
    stakeholderInvolvement: 'text',
    migrantInvolvement: 'text',
    challengesExperienced: 'text',
    recommendations: 'text',
    lessonsLearned: 'text',
    funding: 'text',
  },
};
