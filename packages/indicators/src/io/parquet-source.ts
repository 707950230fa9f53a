import type { AsyncBuffer } from 'hyparquet';
import { type GridSource, type OpenedSource } from './source.ts';

/**
 * An opened Parquet source as hyparquet reads it: the file itself, or the bytes of a stream or
 * buffer. hyparquet is loaded only here, for Parquet input, so reading CSV starts sooner.
 */
export async function parquetFile(src: OpenedSource, source: GridSource): Promise<AsyncBuffer> {
  if (src.bytes !== undefined) {
    const b = src.bytes;
    const copy = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
    return { byteLength: copy.byteLength, slice: (start, end) => copy.slice(start, end) };
  }
  const { asyncBufferFromFile } = await import('hyparquet');
  return asyncBufferFromFile(source as string);
}
