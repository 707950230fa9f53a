import { createReadStream, promises as fs } from 'node:fs';
import { pipeline, Readable, type TransformOptions } from 'node:stream';
import { createGunzip, type ZlibOptions } from 'node:zlib';

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
  /**
   * Text bytes (decompressed); only for kind 'csv'. A chunk may be overwritten once the
   * next but one is asked for (plain files are read into a few buffers in turn).
   */
  chunks: AsyncIterable<Uint8Array>;
  /**
   * Size of the text in bytes when it can be told before reading (plain files and buffers; for
   * gzip, the size its trailer records), else null. An estimate, only to size buffers.
   */
  textSize: number | null;
  /** Raw (possibly compressed) bytes consumed so far, for progress. */
  rawBytesRead(): number;
  /** The whole raw input, only for Parquet from a stream or buffer (needs random access). */
  bytes?: Uint8Array;
}

const READ_CHUNK = 1 << 20;
const GUNZIP_CHUNK = 1 << 20;
/** Inflated chunks the stream may hold before the reader takes them. */
const GUNZIP_AHEAD = 4;

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
        textSize: null,
        chunks: prepend(null, emptyIterator()),
        rawBytesRead: () => size ?? 0,
      };
    }
    if (!isGzip(head)) {
      let read = 0;
      const chunks = readPlainFile(source, (n) => (read += n));
      return { name: label, size, kind: 'csv', gzip: false, textSize: size, chunks, rawBytesRead: () => read };
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
      textSize: null,
      chunks: prepend(null, emptyIterator()),
      rawBytesRead,
      bytes,
    };
  }
  const text = prepend(first.done === true ? null : head, raw);
  if (!isGzip(head)) return { name: label, size, kind: 'csv', gzip: false, textSize: size, chunks: text, rawBytesRead };
  // Inflating runs on libuv's thread pool, alongside the parsing; large output chunks keep the
  // per-chunk overhead on the main thread small, and room for a few of them lets the pool
  // inflate ahead while a chunk is parsed.
  // (zlib streams take the options of a Transform stream too, which ZlibOptions does not list.)
  const options: ZlibOptions & TransformOptions = {
    chunkSize: GUNZIP_CHUNK,
    readableHighWaterMark: GUNZIP_AHEAD * GUNZIP_CHUNK,
  };
  const gunzip = createGunzip(options);
  pipeline(Readable.from(text), gunzip, () => undefined);
  // A damaged or cut-short file fails as it is read (the chunks' iterator throws the error);
  // this keeps the failure from surfacing as an uncaught error while no one reads yet.
  gunzip.on('error', () => undefined);
  const textSize = await gzipTextSize(source, size);
  return {
    name: label,
    size,
    kind: 'csv',
    gzip: true,
    textSize,
    chunks: gunzip as AsyncIterable<Uint8Array>,
    rawBytesRead,
  };
}

/** Bytes [start, end) of a plain text file, opened as openSource opens the whole file. */
export function plainFileRange(path: string, start: number, end: number): OpenedSource {
  let read = 0;
  const chunks = readPlainFile(path, (n) => (read += n), start, end);
  const size = end - start;
  return { name: path, size, kind: 'csv', gzip: false, textSize: size, chunks, rawBytesRead: () => read };
}

/** Buffers a plain file is read into in turn: one parsed, one being read, one to spare. */
const PLAIN_BUFFERS = 3;

/**
 * The bytes of a plain file in chunks of READ_CHUNK, read into the same few buffers in turn
 * (fresh memory for every chunk would cost a page fault every few kilobytes) and one chunk
 * ahead, so the next read runs on libuv's pool while this one is parsed. A chunk is valid
 * until the next but one is asked for (the tokenizer copies what it keeps of a chunk).
 */
async function* readPlainFile(
  path: string,
  onRead: (bytes: number) => void,
  start = 0,
  end = Infinity,
): AsyncGenerator<Uint8Array> {
  const handle = await fs.open(path, 'r');
  const buffers = Array.from({ length: PLAIN_BUFFERS }, () => new Uint8Array(READ_CHUNK));
  let next: Promise<{ bytesRead: number }> | null = null;
  const length = (position: number): number => Math.max(0, Math.min(READ_CHUNK, end - position));
  try {
    let position = start;
    next = handle.read(buffers[0], 0, length(position), position);
    for (let i = 0; ; i++) {
      const { bytesRead } = await next;
      next = null;
      if (bytesRead === 0) return;
      position += bytesRead;
      onRead(bytesRead);
      next = handle.read(buffers[(i + 1) % PLAIN_BUFFERS], 0, length(position), position);
      yield buffers[i % PLAIN_BUFFERS].subarray(0, bytesRead);
    }
  } finally {
    // A read still under way (the reader stopped early) ends before the file is closed.
    await next?.catch(() => undefined);
    await handle.close();
  }
}

/**
 * The text size a gzip file or buffer records in its last four bytes (ISIZE: the size modulo
 * 2^32 of its last member); null for streams, or when the figure cannot be the text's (below
 * the compressed size, or beyond what deflate can expand it to).
 */
async function gzipTextSize(source: GridSource, size: number | null): Promise<number | null> {
  if (size === null || size < 18) return null;
  const tail = new Uint8Array(4);
  if (source instanceof Uint8Array) tail.set(source.subarray(size - 4));
  else if (typeof source === 'string') {
    const handle = await fs.open(source, 'r');
    try {
      await handle.read(tail, 0, 4, size - 4);
    } finally {
      await handle.close();
    }
  } else return null;
  const isize = (tail[0] | (tail[1] << 8) | (tail[2] << 16) | (tail[3] << 24)) >>> 0;
  return isize >= size && isize <= size * 1100 ? isize : null;
}

function emptyIterator(): AsyncIterator<Uint8Array> {
  return { next: async () => ({ done: true, value: undefined }) };
}

/** Progress of reading a source as the fraction of its raw bytes read; undefined when its size is unknown. */
export function sourceProgress(src: OpenedSource, onProgress?: (fraction: number) => void): (() => void) | undefined {
  const size = src.size;
  if (onProgress === undefined || size === null || size <= 0) return undefined;
  return () => onProgress(Math.min(1, src.rawBytesRead() / size));
}
