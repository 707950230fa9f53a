// Peak memory of the real server while it handles hostile evidence uploads: a gzip bomb (a few
// MB expanding to more than 1 GiB of one repeated row) and a gzip file whose second line never
// ends. Starts `src/main.ts` as a child process on a fresh embedded database, samples its
// resident size (/proc/PID/status) while each file is uploaded and run, then after it settles.
// Usage: node --import tsx bench/hostile-uploads.ts [label]   (writes bench/results/hostile-uploads-<label>.json)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { machineInfo } from './lib/machine.ts';
import { readMemory, resetPeak, sampleMemory, startServerProcess } from '../packages/server/test/server-process.ts';

const label = process.argv[2] ?? 'current';
const EXPANDED = Number(process.env.HOSTILE_EXPANDED_BYTES ?? 2 ** 30 + 2 ** 20);
const RUN_SECONDS = Number(process.env.HOSTILE_RUN_SECONDS ?? 240);
const SETTLE_SECONDS = 15;
const HEADER = 'x,y,lau,grpA,grpB,grpC,total\n';
const MAPPING = { x: 'x', y: 'y', cellSize: 100, area: 'lau', groups: ['grpA', 'grpB', 'grpC'], total: 'total' };

/** Writes HEADER then `unit` repeated until `bytes`, gzip-compressed. */
async function gzipFile(file: string, unit: string, bytes: number): Promise<number> {
  const out = fs.createWriteStream(file);
  const gz = createGzip({ level: 9 });
  gz.pipe(out);
  const block = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  gz.write(HEADER);
  for (let written = HEADER.length; written < bytes; written += block.length) {
    if (!gz.write(block)) await new Promise<void>((r) => gz.once('drain', () => r()));
  }
  gz.end();
  await new Promise<void>((r) => out.once('finish', () => r()));
  return fs.statSync(file).size;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
const cases = [
  { name: 'gzip bomb (one row repeated)', file: path.join(dir, 'bomb.csv.gz'), unit: '4500000,3000000,AREA-W,5,6,7,18\n' },
  { name: 'single endless line', file: path.join(dir, 'endless.csv.gz'), unit: '1234567890' },
];
for (const c of cases) (c as { size?: number }).size = await gzipFile(c.file, c.unit, EXPANDED);

const email = 'hostile@example.org';
const password = 'correct horse battery';
const server = await startServerProcess({ users: [{ email, role: 'reader', password }] });
const { cookie, csrf } = await server.signIn(email, password);
const headers = { cookie, 'x-csrf-token': csrf };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Milliseconds the server takes to answer a cheap request (-1 when it does not answer in 10 s). */
async function pingMs(): Promise<number> {
  const start = Date.now();
  try {
    await fetch(`${server.base}/api/v1/evidence/datasets`, { headers, signal: AbortSignal.timeout(10_000) });
    return Date.now() - start;
  } catch {
    return -1;
  }
}

await sleep(5000);
const idle = readMemory(server.pid);
console.log(`idle: RSS ${idle.rssMb.toFixed(0)} MB (peak so far ${idle.peakMb.toFixed(0)} MB)`);
const results = [];
try {
  for (const c of cases) {
    resetPeak(server.pid);
    const sampler = sampleMemory(server.pid);
    const started = Date.now();
    const form = new FormData();
    form.append('mapping', JSON.stringify(MAPPING));
    form.append('file', new Blob([fs.readFileSync(c.file)]), path.basename(c.file));
    const up = await fetch(`${server.base}/api/v1/evidence/datasets`, { method: 'POST', headers, body: form });
    const uploaded = (await up.json()) as { id?: string; error?: { message: string } };
    const outcome: Record<string, unknown> = { upload: up.status, uploadError: uploaded.error?.message ?? null, uploadSeconds: (Date.now() - started) / 1000 };
    const pings: number[] = [];
    if (up.status === 201) {
      const runRes = await fetch(`${server.base}/api/v1/evidence/runs`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ datasetId: uploaded.id }) });
      const run = (await runRes.json()) as { id: string };
      let last: Record<string, unknown> = {};
      const deadline = Date.now() + RUN_SECONDS * 1000;
      while (Date.now() < deadline) {
        pings.push(await pingMs());
        const r = await fetch(`${server.base}/api/v1/evidence/runs/${run.id}`, { headers, signal: AbortSignal.timeout(30_000) }).catch(() => null);
        if (r) last = (await r.json()) as Record<string, unknown>;
        if (last.status === 'succeeded' || last.status === 'failed') break;
        await sleep(500);
      }
      Object.assign(outcome, { run: last.status ?? 'no answer', runError: (last.error as { message?: string } | null)?.message ?? null, runSeconds: (Date.now() - started) / 1000 });
      if (last.status === 'running' || last.status === 'queued') {
        await fetch(`${server.base}/api/v1/evidence/runs/${run.id}/cancel`, { method: 'POST', headers }).then((r) => { outcome.cancel = r.status; }).catch(() => undefined);
      }
    }
    const during = sampler.stop();
    await sleep(SETTLE_SECONDS * 1000);
    const after = readMemory(server.pid);
    const row = {
      case: c.name, compressedBytes: (c as { size?: number }).size, expandedBytes: EXPANDED, ...outcome,
      peakRssMb: Math.round(during.peakMb), rssAfterMb: Math.round(after.rssMb), slowestPingMs: pings.length ? Math.max(...pings) : null,
    };
    console.log(JSON.stringify(row));
    results.push(row);
  }
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
const out = path.join('bench/results', `hostile-uploads-${label}.json`);
fs.writeFileSync(out, JSON.stringify({ machine: machineInfo(), label, idleRssMb: Math.round(idle.rssMb), results }, null, 1) + '\n');
console.log(`wrote ${out}`);
