import type { CityRecord } from '@convivio/shared';
import type { FormValues, Translate } from '@convivio/web';
import type { FieldIssue } from '../errors.ts';
import { checked, lines, NumberReader, optionalText, text, yesNo, type FormBody } from '../web/form-body.ts';

const TEXTS = [
  'name',
  'country',
  'region',
  'language',
  'migrantShareDefinition',
  'mayor',
  'migrationSituation',
  'challenges',
  'strategy',
  'participatoryApproach',
  'areaCode',
  'locationSource',
] as const;
const LINES = ['mainNationalities', 'networks', 'keyTakeaways'] as const;
const NUMBERS = {
  population: true,
  populationYear: true,
  migrantShare: false,
  migrantShareYear: true,
  nationalitiesCount: true,
  latitude: false,
  longitude: false,
} as const;
const OTHER = ['charterSignatory', 'source.document', 'source.section', 'version'] as const;

/** What a posted city form gives: the record to save, the values to show again, and number problems. */
export interface CityFormInput {
  record: Record<string, unknown>;
  values: FormValues;
  issues: FieldIssue[];
  version: number | null;
}

/** Turns a posted city form into a record (the service validates it) and the values to redisplay. */
export function cityFromForm(body: FormBody, t: Translate): CityFormInput {
  const values: FormValues = {};
  for (const name of [...TEXTS, ...LINES, ...Object.keys(NUMBERS), ...OTHER]) values[name] = text(body, name);
  values.profileComplete = checked(body, 'profileComplete');
  const numbers = new NumberReader(t);
  const record: Record<string, unknown> = Object.fromEntries(TEXTS.map((name) => [name, text(body, name).trim()]));
  for (const [name, integer] of Object.entries(NUMBERS)) record[name] = numbers.read(text(body, name), name, integer);
  for (const name of LINES) record[name] = lines(body, name);
  const document = optionalText(body, 'source.document');
  const section = optionalText(body, 'source.section');
  Object.assign(record, {
    country: text(body, 'country').trim().toUpperCase(),
    charterSignatory: yesNo(body, 'charterSignatory'),
    profileComplete: checked(body, 'profileComplete').includes('yes'),
    source: document || section ? { document: document?.trim() ?? '', section: section?.trim() ?? null } : null,
  });
  const version = Number(text(body, 'version'));
  return { record, values, issues: numbers.issues, version: Number.isInteger(version) && version > 0 ? version : null };
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** A saved city profile as form values. */
export function cityToForm(rec: CityRecord, version: number): FormValues {
  const values: FormValues = Object.fromEntries(TEXTS.map((name) => [name, str(rec[name])]));
  for (const name of LINES) values[name] = rec[name].join('\n');
  for (const name of Object.keys(NUMBERS) as (keyof typeof NUMBERS)[]) values[name] = str(rec[name]);
  Object.assign(values, {
    charterSignatory: rec.charterSignatory === null ? '' : rec.charterSignatory ? 'yes' : 'no',
    profileComplete: rec.profileComplete ? ['yes'] : [],
    'source.document': str(rec.source?.document),
    'source.section': str(rec.source?.section),
    version: String(version),
  });
  return values;
}

const ORDER = [
  'name',
  'country',
  'language',
  'region',
  'mayor',
  'areaCode',
  'latitude',
  'longitude',
  'locationSource',
  'profileComplete',
  'population',
  'populationYear',
  'migrantShare',
  'migrantShareYear',
  'migrantShareDefinition',
  'nationalitiesCount',
  'mainNationalities',
  'migrationSituation',
  'challenges',
  'strategy',
  'participatoryApproach',
  'networks',
  'charterSignatory',
  'keyTakeaways',
  'source.document',
  'source.section',
];

/** Where a city form field sits in the form, so the error summary reads top to bottom. */
export function cityFieldRank(name: string): number {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}

/** The form field an issue belongs to (`networks.1` → `networks`), or null if none shows it. */
export function cityFormField(field: string): string | null {
  const list = /^(mainNationalities|networks|keyTakeaways)(\.\d+)?$/.exec(field);
  if (list) return list[1]!;
  if (field === 'source') return 'source.document';
  const known: readonly string[] = [...TEXTS, ...Object.keys(NUMBERS), ...OTHER, 'profileComplete'];
  return known.includes(field) ? field : null;
}
