import type { TranslatableKind } from '../records/translations.ts';

/** A city profile's translatable texts. */
export const CITY_TRANSLATION: TranslatableKind = {
  table: 'city_translations',
  key: 'city_id',
  entity: 'city-translation',
  label: 'City',
  fields: {
    name: 'text',
    region: 'text',
    migrantShareDefinition: 'text',
    migrationSituation: 'text',
    challenges: 'text',
    strategy: 'text',
    participatoryApproach: 'text',
    keyTakeaways: 'list',
  },
};
