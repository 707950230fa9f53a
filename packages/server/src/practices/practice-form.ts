import type { PracticeRecord } from '@convivio/shared';
import type { FormValues, Translate } from '@convivio/web';
import type { FieldIssue } from '../errors.ts';
import { checked, lines, NumberReader, optionalText, text, yesNo, type FormBody } from '../web/form-body.ts';

const TEXTS = [
  'name',
  'kind',
  'language',
  'area',
  'challengesAddressed',
  'stakeholders',
  'description',
  'results',
  'communicationStrategy',
  'stakeholderInvolvement',
  'migrantInvolvement',
  'challengesExperienced',
  'recommendations',
  'lessonsLearned',
  'funding',
] as const;
const LISTS = ['themes', 'targetGroups', 'actionPlanAreas', 'partnerCityIds'] as const;
const SINGLE = [
  'id',
  'cityId',
  'links',
  'typology',
  'duration.text',
  'duration.start',
  'duration.end',
  'duration.ongoing',
  'systematized.value',
  'systematized.note',
  'source.document',
  'source.section',
  'version',
] as const;
const QUANT = ['indicator', 'achieved', 'target', 'unit', 'note'] as const;

/** What a posted practice form gives: the record to save, the values to show again, and number problems. */
export interface PracticeFormInput {
  record: Record<string, unknown>;
  values: FormValues;
  issues: FieldIssue[];
  version: number | null;
}

/** The quantitative-result rows of a form, blank rows dropped and the rest renumbered from 0. */
function quantRows(body: FormBody): Record<(typeof QUANT)[number], string>[] {
  const indexes = new Set<number>();
  for (const key of Object.keys(body)) {
    const m = /^quantitativeResults\.(\d+)\./.exec(key);
    if (m) indexes.add(Number(m[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map(
      (i) =>
        Object.fromEntries(QUANT.map((f) => [f, text(body, `quantitativeResults.${i}.${f}`)])) as Record<
          (typeof QUANT)[number],
          string
        >,
    )
    .filter((row) => QUANT.some((f) => row[f].trim() !== ''));
}

/** Turns a posted practice form into a record (the service validates it) and the values to redisplay. */
export function practiceFromForm(body: FormBody, t: Translate): PracticeFormInput {
  const values: FormValues = {};
  for (const name of [...TEXTS, ...SINGLE]) values[name] = text(body, name);
  for (const name of LISTS) values[name] = checked(body, name);
  const numbers = new NumberReader(t);
  const rows = quantRows(body);
  rows.forEach((row, i) => {
    for (const f of QUANT) values[`quantitativeResults.${i}.${f}`] = row[f];
    if (row.indicator.trim() === '')
      numbers.issues.push({ field: `quantitativeResults.${i}.indicator`, message: t('form.msg.required') });
  });
  const record: Record<string, unknown> = Object.fromEntries(TEXTS.map((name) => [name, text(body, name)]));
  Object.assign(record, Object.fromEntries(LISTS.map((name) => [name, checked(body, name)])));
  const id = text(body, 'id').trim();
  if (id) record.id = id;
  const document = optionalText(body, 'source.document');
  const section = optionalText(body, 'source.section');
  Object.assign(record, {
    cityId: optionalText(body, 'cityId'),
    links: lines(body, 'links'),
    typology: optionalText(body, 'typology'),
    duration: {
      text: text(body, 'duration.text'),
      start: optionalText(body, 'duration.start')?.trim() ?? null,
      end: optionalText(body, 'duration.end')?.trim() ?? null,
      ongoing: yesNo(body, 'duration.ongoing'),
    },
    systematized: { value: yesNo(body, 'systematized.value'), note: text(body, 'systematized.note') },
    quantitativeResults: rows.map((row, i) => ({
      indicator: row.indicator.trim(),
      achieved: numbers.read(row.achieved, `quantitativeResults.${i}.achieved`),
      target: numbers.read(row.target, `quantitativeResults.${i}.target`),
      unit: row.unit.trim(),
      note: row.note,
    })),
    source: document || section ? { document: document?.trim() ?? '', section: section?.trim() ?? null } : null,
  });
  const version = Number(text(body, 'version'));
  return { record, values, issues: numbers.issues, version: Number.isInteger(version) && version > 0 ? version : null };
}

const str = (v: string | null | undefined) => v ?? '';
const yn = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');

/** A saved practice as form values. */
export function practiceToForm(rec: PracticeRecord, version: number | null): FormValues {
  const values: FormValues = Object.fromEntries(TEXTS.map((name) => [name, str(rec[name])]));
  for (const name of LISTS) values[name] = [...rec[name]];
  Object.assign(values, {
    id: rec.id,
    cityId: str(rec.cityId),
    links: rec.links.join('\n'),
    typology: str(rec.typology),
    'duration.text': str(rec.duration.text),
    'duration.start': str(rec.duration.start),
    'duration.end': str(rec.duration.end),
    'duration.ongoing': yn(rec.duration.ongoing),
    'systematized.value': yn(rec.systematized.value),
    'systematized.note': str(rec.systematized.note),
    'source.document': str(rec.source?.document),
    'source.section': str(rec.source?.section),
    version: version === null ? '' : String(version),
  });
  rec.quantitativeResults.forEach((q, i) => {
    values[`quantitativeResults.${i}.indicator`] = q.indicator;
    values[`quantitativeResults.${i}.achieved`] = q.achieved === null ? '' : String(q.achieved);
    values[`quantitativeResults.${i}.target`] = q.target === null ? '' : String(q.target);
    values[`quantitativeResults.${i}.unit`] = str(q.unit);
    values[`quantitativeResults.${i}.note`] = str(q.note);
  });
  return values;
}

/** The fields in the order the form shows them, so the error summary reads top to bottom. */
const ORDER = [
  'name',
  'id',
  'kind',
  'cityId',
  'language',
  'partnerCityIds',
  'area',
  'links',
  'challengesAddressed',
  'duration.text',
  'duration.start',
  'duration.end',
  'duration.ongoing',
  'stakeholders',
  'description',
  'systematized.value',
  'systematized.note',
  'results',
  'quantitativeResults',
  'communicationStrategy',
  'stakeholderInvolvement',
  'migrantInvolvement',
  'challengesExperienced',
  'recommendations',
  'lessonsLearned',
  'themes',
  'targetGroups',
  'typology',
  'actionPlanAreas',
  'funding',
  'source.document',
  'source.section',
];

/** Where a practice form field sits in the form (quantitative rows by row, then column). */
export function practiceFieldRank(name: string): number {
  const row = /^quantitativeResults\.(\d+)\.(\w+)$/.exec(name);
  if (row)
    return (
      ORDER.indexOf('quantitativeResults') +
      (Number(row[1]) * QUANT.length + QUANT.indexOf(row[2] as (typeof QUANT)[number]) + 1) / 10_000
    );
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}

/** The form field an issue belongs to (`links.2` → `links`, `source` → `source.document`), or null if none shows it. */
export function practiceFormField(field: string): string | null {
  const list = /^(links|themes|targetGroups|actionPlanAreas|partnerCityIds)(\.\d+)?$/.exec(field);
  if (list) return list[1]!;
  if (/^quantitativeResults\.\d+$/.test(field)) return `${field}.indicator`;
  if (/^quantitativeResults\.\d+\.(indicator|achieved|target|unit|note)$/.test(field)) return field;
  if (field === 'source') return 'source.document';
  if (field === 'duration') return 'duration.text';
  if (field === 'systematized') return 'systematized.value';
  return (TEXTS as readonly string[]).includes(field) || (SINGLE as readonly string[]).includes(field) ? field : null;
}
