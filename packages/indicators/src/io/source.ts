import { createReadStream, promises as fs } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Where a grid comes from: a file path, a Node Readable, or bytes in memory. */
export type GridSource = string | Readable | Uint8Array;

/** A source opened for reading, its format detected from its first bytes. */
export interface OpenedSource {
  /** File path, or the name given for a stream. */
  name: string;
  /** Raw size in bytes when known (files, buffers). */
  size: number | null;
  kind: 'csv' | 'parquet';
  gzip: boolean;
  /** Text bytes (decompressed); only for kind 'csv'. */
  chunks: AsyncIterable<Uint8Array>;
  /** Raw (possibly compressed) bytes consumed so far, for progress. */
  rawBytesRead(): number;
  /** The whole raw input, only for Parquet from a stream or buffer (needs random access). */
  bytes?: Uint8Array;
}

const READ_CHUNK = 1 << 20;
const GUNZIP_CHUNK = 1 << 20;

function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

function isParquet(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
}

async function* prepend(first: Uint8Array | null, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (first !== null) yield first;
  for (;;) {
    const r = await rest.next();
    if (r.done === true) return;
    yield r.value;
  }
}

/**
 * Opens a source: Parquet is recognised by its `PAR1` magic, gzip by 1f 8b (then
 * decompressed on the fly, whatever the file name says); anything else is read as text.
 */
export async function openSource(source: GridSource, name?: string): Promise<OpenedSource> {
  let readable: Readable;
  let size: number | null = null;
  let label = name ?? '<stream>';
  if (typeof source === 'string') {
    label = name ?? source;
    size = (await fs.stat(source)).size;
    const handle = await fs.open(source, 'r');
    const head = new Uint8Array(4);
    try {
      await handle.read(head, 0, 4, 0);
    } finally {
      await handle.close();
    }
    if (isParquet(head)) {
      return {
        name: label,
        size,
        kind: 'parquet',
        gzip: false,
        chunks: prepend(null, emptyIterator()),
        rawBytesRead: () => size ?? 0,
      };
    }
    readable = createReadStream(source, { highWaterMark: READ_CHUNK });
  } else if (source instanceof Uint8Array) {
    label = name ?? '<buffer>';
    size = source.length;
    readable = Readable.from([source]);
  } else {
    readable = source;
  }
  let read = 0;
  const raw = (async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of readable) {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
      read += bytes.length;
      yield bytes;
    }
  })();
  const first = await raw.next();
  const head = first.done === true ? new Uint8Array(0) : first.value;
  const rawBytesRead = (): number => read;
  if (isParquet(head)) {
    const parts: Uint8Array[] = [head];
    for await (const c of raw) parts.push(c);
    const bytes = Buffer.concat(parts);
    return {
      name: label,
      size: bytes.length,
      kind: 'parquet',
      gzip: false,
      chunks: prepend(null, emptyIterator()),
      rawBytesRead,
      bytes,
    };
  }
  const text = prepend(first.done === true ? null : head, raw);
  if (!isGzip(head)) return { name: label, size, kind: 'csv', gzip: false, chunks: text, rawBytesRead };
  // Inflating runs on libuv's thread pool, alongside the parsing; large output chunks keep the
  // per-chunk overhead on the main thread small.
  const gunzip = createGunzip({ chunkSize: GUNZIP_CHUNK });
  pipeline(Readable.from(text), gunzip, () => undefined);
  return { name: label, size, kind: 'csv', gzip: true, chunks: gunzip as AsyncIterable<Uint8Array>, rawBytesRead };
}

function emptyIterator(): AsyncIterator<Uint8Array> {
  return { next: async () => ({ done: true, value: undefined }) };
}

/**
 * Bytes [start, end) of a plain text file as a CSV source; progress counts against `size`
 * (the whole file's), so a first part read alone reports its share of the file.
 */
export function openTextRange(path: string, start: number, end: number, size: number, name: string): OpenedSource {
  let read = 0;
  const stream = createReadStream(path, { start, end: end - 1, highWaterMark: READ_CHUNK });
  const chunks = (async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      read += (chunk as Uint8Array).length;
      yield chunk as Uint8Array;
    }
  })();
  return { name, size, kind: 'csv', gzip: false, chunks, rawBytesRead: () => read };
}

/** Progress of reading a source as the fraction of its raw bytes read; undefined when its size is unknown. */
export function sourceProgress(src: OpenedSource, onProgress?: (fraction: number) => void): (() => void) | undefined {
  const size = src.size;
  if (onProgress === undefined || size === null || size <= 0) return undefined;
  return () => onProgress(Math.min(1, src.rawBytesRead() / size));
}
