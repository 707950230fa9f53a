import crypto from 'node:crypto';

/** The header of the generated grid (gridCsv's columns, see GRID_MAPPING). */
const HEADER = 'x,y,lau,grpA,grpB,grpC,total\n';

/** About 1 MiB of whole grid rows, made once and sent again and again (the upload check reads text, not cells). */
function rowBlock(): Buffer {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 2 ** 20; i++) {
    const line = `${4_000_000 + (i % 1000) * 100},${3_000_000 + Math.floor(i / 1000) * 100},AREA-W,${i % 7},${i % 11},${i % 5},${(i % 7) + (i % 11) + (i % 5)}\n`;
    lines.push(line);
    size += line.length;
  }
  return Buffer.from(lines.join(''));
}

/** What a streamed upload sent and got back. */
export interface StreamedUpload {
  status: number;
  body: { id?: string; sizeBytes?: number; error?: { code: string; message: string; field: string } };
  fileBytes: number;
  sha256: string;
  seconds: number;
}

/**
 * Uploads a generated CSV grid of at least `fileBytes` to a running server as multipart/form-data,
 * made on the fly while it is sent (never held whole, never written to disk): resolves with the
 * answer, the file's exact size and SHA-256 as sent, and the time it took.
 */
export async function streamGeneratedUpload(
  base: string,
  headers: Record<string, string>,
  fileBytes: number,
  name = 'generated.csv',
): Promise<StreamedUpload> {
  const boundary = `----convivio${crypto.randomBytes(8).toString('hex')}`;
  const block = rowBlock();
  const hash = crypto.createHash('sha256');
  let sent = 0;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\n${name}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
  );
  const parts = (function* (): Generator<Buffer> {
    yield head;
    const header = Buffer.from(HEADER);
    hash.update(header);
    sent += header.length;
    yield header;
    while (sent < fileBytes) {
      hash.update(block);
      sent += block.length;
      yield block;
    }
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  })();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = parts.next();
      if (next.done === true) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const started = performance.now();
  const res = await fetch(`${base}/api/v1/evidence/datasets`, {
    method: 'POST',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: 'half',
  } as RequestInit);
  const answer = (await res.json()) as StreamedUpload['body'];
  return {
    status: res.status,
    body: answer,
    fileBytes: sent,
    sha256: hash.digest('hex'),
    seconds: (performance.now() - started) / 1000,
  };
}
