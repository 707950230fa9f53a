import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ParquetWriter } from '@convivio/indicators';
import type { LightMyRequestResponse } from 'fastify';
import type { Client } from './harness.ts';

/** gridCsv's texts, by size. */
const gridsMade = new Map<string, string>();

/**
 * A small deterministic grid as CSV: 30 × 20 cells of 100 m placed by x/y (lower-left corner),
 * three areas (AREA-W, AREA-C, AREA-E by column), groups A, B, C with a west–east gradient in
 * group B, and a total. Row order is shuffled so the reader has to sort. The same size gives the
 * same text, made once per test process (a 600 × 400 grid takes about a second to write).
 */
export function gridCsv(opts: { cols?: number; rows?: number } = {}): string {
  const cols = opts.cols ?? 30;
  const rowsN = opts.rows ?? 20;
  const key = `${cols}x${rowsN}`;
  const made = gridsMade.get(key);
  if (made !== undefined) return made;
  const lines: string[] = [];
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < cols; c++) {
      const area = c < cols / 3 ? 'AREA-W' : c < (2 * cols) / 3 ? 'AREA-C' : 'AREA-E';
      const a = Math.floor(rand() * 20) + 5;
      const b = Math.floor((c / cols) * 30 * rand()) + (r % 5 === 0 ? 8 : 0);
      const cc = Math.floor(rand() * 4);
      lines.push(`${4_500_000 + c * 100},${3_000_000 + r * 100},${area},${a},${b},${cc},${a + b + cc}`);
    }
  }
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  const text = ['x,y,lau,grpA,grpB,grpC,total', ...lines].join('\n') + '\n';
  gridsMade.set(key, text);
  return text;
}

/** The same cells as gridCsv, as a Parquet file's bytes (doubles, and the area as text). */
export async function gridParquet(csv: string): Promise<Buffer> {
  const [header, ...rows] = csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-parquet-'));
  const file = path.join(dir, 'cells.parquet');
  try {
    const writer = await ParquetWriter.open(
      file,
      header.map((name) => ({ name, type: name === 'lau' ? ('string' as const) : ('double' as const) })),
    );
    await writer.writeRowGroup(
      header.map((name, c) => (name === 'lau' ? rows.map((r) => r[c]) : Float64Array.from(rows, (r) => Number(r[c])))),
    );
    await writer.close();
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The mapping of gridCsv's columns. */
export const GRID_MAPPING = {
  x: 'x',
  y: 'y',
  cellSize: 100,
  area: 'lau',
  groups: ['grpA', 'grpB', 'grpC'],
  total: 'total',
};

/** A multipart/form-data body with text fields and one file. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; content: Buffer | string; type?: string },
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----convivio${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'text/csv'}\r\n\r\n`,
      ),
    );
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a file through the API as multipart/form-data. */
export function upload(
  client: Client,
  name: string,
  content: Buffer | string,
  fields: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const { payload, headers } = multipart(fields, { name, content });
  return client.request({ method: 'POST', url: '/api/v1/evidence/datasets', payload, headers });
}

/** Polls a run until it has finished or failed (the worker runs in the background). */
export async function waitForRun(client: Client, id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 3000; i++) {
    const run = (await client.request({ url: `/api/v1/evidence/runs/${id}` })).json();
    if (run.status === 'succeeded' || run.status === 'failed') return run;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`run ${id} did not finish`);
}

/** Every file under a file store directory (finished ones and temporary ones alike), relative to it. */
export function filesInStore(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}
