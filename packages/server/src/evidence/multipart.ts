import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/** One file part of a multipart/form-data body. */
export interface UploadedFile { field: string; fileName: string; contentType: string; bytes: Buffer }

/** A parsed multipart/form-data body: text fields by name (including `_csrf`) and the files. */
export interface MultipartBody { [field: string]: unknown; _files: UploadedFile[] }

const MAX_PARTS = 50;

/**
 * Parses multipart/form-data in the body-parsing phase, so that form fields such as `_csrf`
 * are on request.body when the CSRF check runs (@fastify/multipart attaches fields later,
 * in preValidation, after that check). Registered per route scope with its own size limit.
 */
export function registerMultipartParser(app: FastifyInstance, limitBytes: number): void {
  if (app.hasContentTypeParser('multipart/form-data')) app.removeContentTypeParser('multipart/form-data');
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: limitBytes }, (request, body, done) => {
    try {
      done(null, parseMultipart(body as Buffer, String(request.headers['content-type'] ?? '')));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}

/** Splits a multipart/form-data body (RFC 7578) into fields and files. */
export function parseMultipart(body: Buffer, contentType: string): MultipartBody {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!m) throw new AppError('bad_request', 'The multipart body has no boundary in its Content-Type', 'body');
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`);
  const out: MultipartBody = { _files: [] };
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new AppError('bad_request', 'The multipart body does not contain its boundary', 'body');
  for (let parts = 0; ; parts++) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // "--": the closing delimiter
    if (parts >= MAX_PARTS) throw new AppError('bad_request', `A form may have at most ${MAX_PARTS} parts`, 'body');
    pos = skipLineBreak(body, pos);
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw new AppError('bad_request', 'A multipart part has no blank line after its headers', 'body');
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString('utf8'));
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw new AppError('bad_request', 'The multipart body ends before its closing boundary', 'body');
    const content = body.subarray(headerEnd + 4, next);
    const disposition = headers['content-disposition'] ?? '';
    const name = param(disposition, 'name');
    if (!name) throw new AppError('bad_request', 'A multipart part has no name', 'body');
    const fileName = param(disposition, 'filename');
    if (fileName !== null) {
      if (fileName !== '' || content.length > 0) {
        out._files.push({ field: name, fileName: fileName.split(/[\\/]/).pop() || 'upload', contentType: headers['content-type'] ?? 'application/octet-stream', bytes: Buffer.from(content) });
      }
    } else {
      const value = content.toString('utf8');
      const prior = out[name];
      out[name] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
    }
    pos = next + 2;
  }
  return out;
}

function skipLineBreak(body: Buffer, pos: number): number {
  if (body[pos] === 0x0d && body[pos + 1] === 0x0a) return pos + 2;
  throw new AppError('bad_request', 'The multipart body is malformed (no line break after a boundary)', 'body');
}

function parseHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function param(header: string, key: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${key}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(header) ?? new RegExp(`(?:^|;)\\s*${key}=([^;]*)`, 'i').exec(header);
  return m ? m[1].replace(/\\(.)/g, '$1').trim() : null;
}
