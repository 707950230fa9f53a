import fs from 'node:fs';
import { createGzip } from 'node:zlib';

/** The header of the hostile grid files, and their mapping. */
export const HOSTILE_HEADER = 'x,y,lau,grpA,grpB,grpC,total\n';
export const HOSTILE_MAPPING = {
  x: 'x',
  y: 'y',
  cellSize: 100,
  area: 'lau',
  groups: ['grpA', 'grpB', 'grpC'],
  total: 'total',
};
/** One grid row: repeated, a gzip bomb of duplicate cells. */
export const REPEATED_ROW = '4500000,3000000,AREA-W,5,6,7,18\n';
/** Digits without a line break: repeated, a line that never ends. */
export const ENDLESS_LINE = '1234567890';

/**
 * Writes HOSTILE_HEADER then `unit` repeated until the text has `bytes` bytes, gzip-compressed,
 * to `file` (streamed: the text is never held whole). Returns the compressed size.
 */
export async function writeGzipRepeated(file: string, unit: string, bytes: number): Promise<number> {
  const out = fs.createWriteStream(file);
  const gz = createGzip({ level: 9 });
  gz.pipe(out);
  const block = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  gz.write(HOSTILE_HEADER);
  for (let written = HOSTILE_HEADER.length; written < bytes; written += block.length) {
    if (!gz.write(block)) await new Promise<void>((r) => gz.once('drain', () => r()));
  }
  gz.end();
  await new Promise<void>((r) => out.once('finish', () => r()));
  return fs.statSync(file).size;
}
