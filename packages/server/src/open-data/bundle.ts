import yazl from 'yazl';
import type { Queryable } from '../db/database.ts';
import { runFile } from '../evidence/run-files.ts';
import { openDataCatalog } from './catalog.ts';
import { OPEN_SECTIONS, publicRuns, sectionFile } from './datasets.ts';

export const BOM = '\uFEFF';

/**
 * Every public data set in one ZIP: each section as CSV (with byte order mark) and JSON, each
 * public evidence run's results as CSV and JSON, and the catalogue (catalog.jsonld). Only what
 * anonymous visitors may see: published records, public runs.
 */
export async function openDataBundle(db: Queryable, base: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const add = (name: string, text: string | Buffer) =>
    zip.addBuffer(typeof text === 'string' ? Buffer.from(text) : text, name);
  for (const s of OPEN_SECTIONS) {
    add(`${s.key}.csv`, BOM + (await sectionFile(db, s.key, 'csv')));
    add(`${s.key}.json`, await sectionFile(db, s.key, 'json'));
  }
  for (const run of await publicRuns(db))
    for (const name of ['results.csv', 'results.json'] as const) {
      const file = await runFile(db, null, run.id, name);
      add(`evidence/${file.fileName}`, file.bytes);
    }
  add('catalog.jsonld', JSON.stringify(await openDataCatalog(db, base), null, 1) + '\n');
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
