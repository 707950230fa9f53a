import multipart, { type Multipart, type MultipartFile } from '@fastify/multipart';
import type { ReadLimits } from '@convivio/indicators';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import { PendingFile } from './file-store.ts';
import { StreamingScan, type ScanOutcome } from './upload-scan.ts';

/** Text fields of a form: one value, or a list when the name repeats. */
export type FormFields = Record<string, string | string[]>;

/** The part of a multipart request left for the handler: the file part (a stream) and what follows it. */
interface PendingUpload {
  file: MultipartFile | null;
  rest: AsyncIterableIterator<Multipart>;
  finished: boolean;
}

const pending = new WeakMap<FastifyRequest, PendingUpload>();
const MAX_FIELDS = 40;

/**
 * Registers @fastify/multipart in this scope (the upload routes only) with its own limits: one
 * file of at most `maxFileBytes`, a few small text fields. The fields that come before the file
 * (a form's `_csrf` among them) are read while the body is parsed, so they are on request.body
 * when the CSRF check runs (that check runs before any hook of this scope could read them);
 * the file itself stays a stream, read by the handler with `receiveUpload`.
 */
export async function registerUploadParser(app: FastifyInstance, maxFileBytes: number): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: maxFileBytes,
      files: 1,
      fields: MAX_FIELDS,
      parts: MAX_FIELDS + 1,
      fieldSize: 64 * 1024,
      headerPairs: 100,
    },
  });
  app.removeContentTypeParser('multipart/form-data');
  app.addContentTypeParser('multipart/form-data', async (request: FastifyRequest) => {
    // This parser replaces the plugin's, which only marks the request as multipart.
    Object.defineProperty(request, 'isMultipart', { value: () => true, configurable: true });
    const rest = request.parts();
    const fields: FormFields = {};
    for (;;) {
      const next = await rest.next().catch((err: unknown) => {
        throw uploadError(err, maxFileBytes);
      });
      if (next.done === true) {
        pending.set(request, { file: null, rest, finished: true });
        return fields;
      }
      if (next.value.type === 'file') {
        pending.set(request, { file: next.value, rest, finished: false });
        return fields;
      }
      addField(fields, next.value.fieldname, next.value.value, next.value.valueTruncated);
    }
  });
  // A request answered before its file was read (refused by the CSRF check, say): read the rest
  // to nowhere (busboy stops keeping bytes past the file limit), so the client sees the answer.
  app.addHook('onResponse', async (request) => {
    const upload = pending.get(request);
    if (upload && !upload.finished) await discard(upload);
  });
}

function addField(fields: FormFields, name: string, value: unknown, truncated: boolean): void {
  if (truncated) throw new AppError('payload_too_large', `${name}: the field is longer than 64 KiB`, name);
  const text = typeof value === 'string' ? value : String(value);
  const prior = fields[name];
  fields[name] = prior === undefined ? text : Array.isArray(prior) ? [...prior, text] : [prior, text];
}

/** How many bytes of file a request may send, and the error (naming the limit) when it sends more. */
export interface UploadRoom {
  bytes: number;
  tooLarge: () => AppError;
}

/** An uploaded file, read whole. */
export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
}

/** An uploaded file, streamed to a temporary file in the file store (not yet committed). */
export interface StreamedFile {
  fileName: string;
  file: PendingFile;
  /** The upload check's scan of its text, made while it streamed in (see upload-scan.ts). */
  scanned: Promise<ScanOutcome>;
}

/**
 * Reads the file part (at most `room.bytes`; past that the rest is read to nowhere and
 * `room.tooLarge()` is thrown) and the text fields after it. For a request that is not
 * multipart (JSON), its body's fields and no file.
 */
export function receiveUpload(
  request: FastifyRequest,
  room: UploadRoom,
): Promise<{ fields: Record<string, unknown>; file: ReceivedFile | null }> {
  return receive(request, room, async (part, fileName) => {
    const bytes = await readWithin(part, room);
    return fileName !== '' || bytes.length > 0 ? { fileName: fileName || 'upload', bytes } : null;
  });
}

/**
 * As `receiveUpload`, but the file part streams to a temporary file in the store under `dir`
 * as it arrives (never held whole in memory), its size checked against `room` on the way, and
 * its text scanned within `scanLimits` on the way too (the check's pass over the whole file). On
 * any error the temporary file is removed; on success the caller commits or discards it.
 */
export async function receiveUploadToStore(
  request: FastifyRequest,
  room: UploadRoom,
  dir: string,
  scanLimits: ReadLimits,
): Promise<{ fields: Record<string, unknown>; file: StreamedFile | null }> {
  let pendingFile: PendingFile | null = null;
  let scan: StreamingScan | null = null;
  try {
    return await receive(request, room, async (part, partName) => {
      const fileName = partName || 'upload';
      pendingFile = await PendingFile.open(dir);
      scan = new StreamingScan(fileName, scanLimits);
      await streamWithin(part, room, pendingFile, scan);
      if (partName === '' && pendingFile.size === 0) {
        scan.abort();
        await pendingFile.discard();
        return null;
      }
      return { fileName, file: pendingFile, scanned: scan.end() };
    });
  } catch (err) {
    (scan as StreamingScan | null)?.abort();
    await (pendingFile as PendingFile | null)?.discard();
    throw err;
  }
}

async function receive<F>(
  request: FastifyRequest,
  room: UploadRoom,
  readFile: (part: MultipartFile, fileName: string) => Promise<F | null>,
): Promise<{ fields: Record<string, unknown>; file: F | null }> {
  const fields = { ...((request.body ?? {}) as Record<string, unknown>) };
  const upload = pending.get(request);
  if (!upload) return { fields, file: null };
  try {
    let file: F | null = null;
    if (upload.file) file = await readFile(upload.file, upload.file.filename.split(/[\\/]/).pop() ?? '');
    for (;;) {
      const next = await upload.rest.next().catch((err: unknown) => {
        throw uploadError(err, room.bytes);
      });
      if (next.done === true) break;
      if (next.value.type === 'file') throw new AppError('bad_request', 'Send one file only', next.value.fieldname);
      addField(fields as FormFields, next.value.fieldname, next.value.value, next.value.valueTruncated);
    }
    upload.finished = true;
    return { fields, file };
  } catch (err) {
    await discard(upload);
    throw err;
  }
}

async function readWithin(part: MultipartFile, room: UploadRoom): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= room.bytes) chunks.push(chunk);
    else chunks.length = 0;
  }
  if (size > room.bytes || part.file.truncated) throw room.tooLarge();
  return Buffer.concat(chunks, size);
}

/** Writes the file part to `file` and `scan` while it stays within the room; past that, reads the rest to nowhere and throws. */
async function streamWithin(
  part: MultipartFile,
  room: UploadRoom,
  file: PendingFile,
  scan: StreamingScan,
): Promise<void> {
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= room.bytes) await Promise.all([file.write(chunk), scan.write(chunk)]);
  }
  if (size > room.bytes || part.file.truncated) throw room.tooLarge();
}

/** Reads what is left of a multipart request to nowhere. */
async function discard(upload: PendingUpload): Promise<void> {
  upload.finished = true;
  try {
    if (upload.file && !upload.file.file.readableEnded) {
      upload.file.file.resume();
      await new Promise<void>((resolve) => {
        upload
          .file!.file.once('end', resolve)
          .once('close', resolve)
          .once('error', () => resolve());
      });
    }
    for await (const part of upload.rest) if (part.type === 'file') part.file.resume();
  } catch {
    /* the request ended or broke: nothing left to read */
  }
}

/** The plugin's and busboy's errors as AppErrors naming what is wrong. */
function uploadError(err: unknown, maxFileBytes: number): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string };
  switch (e.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError(
        'payload_too_large',
        `file: the file is larger than the limit of ${maxFileBytes} bytes`,
        'file',
      );
    case 'FST_FILES_LIMIT':
      return new AppError('bad_request', 'Send one file only', 'file');
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new AppError('payload_too_large', `A form may have at most ${MAX_FIELDS} fields`, 'body');
    case 'FST_PROTO_VIOLATION':
      return new AppError('bad_request', 'A form field has a name that is not allowed', 'body');
    default:
      return new AppError('bad_request', `The multipart body cannot be read: ${e.message ?? String(err)}`, 'body');
  }
}
