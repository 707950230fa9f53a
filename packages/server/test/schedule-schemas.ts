/**
 * The c3voc schedule schemas (test/fixtures/c3voc-schedule, copied from github.com/voc/schedule)
 * applied by independent validators: libxml2's XSD validator (xmllint-wasm) for schedule.xml
 * and ajv with the draft the JSON Schema declares (draft-06) for schedule.json.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';

const FIXTURES = new URL('./fixtures/c3voc-schedule/', import.meta.url);
const read = (name: string) => fs.readFileSync(new URL(name, FIXTURES), 'utf8');
const require = createRequire(import.meta.url);
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (
  ajv: Ajv,
) => void;

/** Every problem libxml2 finds validating a schedule.xml against the c3voc XSD (empty when valid). */
export async function scheduleXmlProblems(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'schedule.xml', contents: xml }],
    schema: [{ fileName: 'schedule.xml.xsd', contents: read('schedule.xml.xsd') }],
  });
  return result.errors.map((e) => e.rawMessage);
}

let jsonValidator: ValidateFunction | undefined;

/** Every problem ajv finds validating a schedule.json against the c3voc JSON Schema (empty when valid). */
export function scheduleJsonProblems(doc: unknown): string[] {
  if (!jsonValidator) {
    const schema = JSON.parse(read('schema.json'));
    // The schema declares draft-06; ajv checks it with that meta-schema. Its own "$oneOf" notes are not keywords.
    const ajv = new Ajv({ strict: false, allErrors: true, meta: false });
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
    ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-07.json'));
    addFormats(ajv);
    ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
    jsonValidator = ajv.compile(schema);
  }
  if (jsonValidator(doc)) return [];
  return (jsonValidator.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
