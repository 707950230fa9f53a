import fs from 'node:fs';
import zlib from 'node:zlib';

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

/** zlib's CRC-32 (Node 20.15 and later; not yet in the type declarations the project installs). */
const crc32 = (zlib as unknown as { crc32: (data: Buffer, value?: number) => number }).crc32;

/**
 * Writes HOSTILE_HEADER then `unit` repeated until the text has `bytes` bytes, gzip-compressed,
 * to `file` (the text is never held whole). Returns the compressed size. A block of the repeated
 * text is compressed once, ending on a full flush (no reference reaches before it), and its bytes
 * are written once per block: a valid gzip file, as a real compressor could write it, without
 * compressing a gibibyte again for every file.
 */
export async function writeGzipRepeated(file: string, unit: string, bytes: number): Promise<number> {
  const piece = (text: Buffer) => zlib.deflateRawSync(text, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const header = Buffer.from(HOSTILE_HEADER);
  const block = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  const blockDeflated = piece(block);
  const out = fs.createWriteStream(file);
  const write = async (b: Buffer) => {
    if (!out.write(b)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  // The gzip header: deflate, no name, no time, Unix.
  await write(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3]));
  await write(piece(header));
  let crc = crc32(header);
  let written = header.length;
  for (; written < bytes; written += block.length) {
    await write(blockDeflated);
    crc = crc32(block, crc);
  }
  await write(zlib.deflateRawSync(Buffer.alloc(0))); // the last, empty block
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(written % 2 ** 32, 4);
  await write(trailer);
  out.end();
  await new Promise<void>((r) => out.once('finish', () => r()));
  return fs.statSync(file).size;
}
