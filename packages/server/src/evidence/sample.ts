import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bundled synthetic sample grid lives (data/evidence in the repository). */
export const SAMPLE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/evidence');
const CANDIDATES = ['sample-grid.csv.gz', 'sample-grid.csv', 'sample-grid.parquet'];

/** The bundled sample grid file, or null when the repository has none. */
export function bundledSample(): { path: string; fileName: string } | null {
  for (const fileName of CANDIDATES) {
    const file = path.join(SAMPLE_DIR, fileName);
    if (fs.existsSync(file)) return { path: file, fileName };
  }
  return null;
}

/** The bytes of the bundled sample; throws when it is missing. */
export function readBundledSample(): { bytes: Uint8Array; fileName: string } {
  const sample = requireBundledSample();
  return { bytes: new Uint8Array(fs.readFileSync(sample.path)), fileName: sample.fileName };
}

/** The bundled sample's path and name; throws when it is missing. */
export function requireBundledSample(): { path: string; fileName: string } {
  const sample = bundledSample();
  if (!sample) throw new Error(`The bundled sample grid is missing from ${SAMPLE_DIR}`);
  return sample;
}
