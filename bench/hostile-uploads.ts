// Peak memory of the real server while it handles hostile evidence uploads: a gzip bomb (a few
// MB expanding to more than 1 GiB of one repeated row), a gzip file whose second line never
// ends, and a repeated row that fits the upload limits (found when the run reads it). Starts
// `src/main.ts` as a child process on a fresh embedded database, samples its resident size
// (/proc/PID/status) while each file is uploaded and run, and after it settles, while another
// client keeps asking for a page (its slowest answer is reported).
// (The endless line comes last: before the fix its run never ended and held the only worker.)
// Usage: node --import tsx bench/hostile-uploads.ts [label]   (writes bench/results/hostile-uploads-<label>.json)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineInfo } from './lib/machine.ts';
import {
  ENDLESS_LINE,
  HOSTILE_MAPPING,
  REPEATED_ROW,
  writeGzipRepeated,
} from '../packages/server/test/hostile-files.ts';
import { readMemory, resetPeak, sampleMemory, startServerProcess } from '../packages/server/test/server-process.ts';

const label = process.argv[2] ?? 'current';
const EXPANDED = Number(process.env.HOSTILE_EXPANDED_BYTES ?? 2 ** 30 + 2 ** 20);
const RUN_SECONDS = Number(process.env.HOSTILE_RUN_SECONDS ?? 240);
const SETTLE_SECONDS = 15;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
const cases = [
  { name: 'gzip bomb (one row repeated)', file: path.join(dir, 'bomb.csv.gz'), unit: REPEATED_ROW, expanded: EXPANDED },
  {
    name: 'one row repeated, within the upload limits (checked when the run reads it)',
    file: path.join(dir, 'repeated.csv.gz'),
    unit: REPEATED_ROW,
    expanded: 200 * 2 ** 20,
  },
  { name: 'single endless line', file: path.join(dir, 'endless.csv.gz'), unit: ENDLESS_LINE, expanded: EXPANDED },
];
for (const c of cases) (c as { size?: number }).size = await writeGzipRepeated(c.file, c.unit, c.expanded);

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
    // Another client keeps asking for a cheap page while the upload and the run are handled.
    const pings: number[] = [];
    let busy = true;
    const pinger = (async () => {
      while (busy) {
        pings.push(await pingMs());
        await sleep(200);
      }
    })();
    const form = new FormData();
    form.append('mapping', JSON.stringify(HOSTILE_MAPPING));
    form.append('file', new Blob([fs.readFileSync(c.file)]), path.basename(c.file));
    const up = await fetch(`${server.base}/api/v1/evidence/datasets`, { method: 'POST', headers, body: form });
    const uploaded = (await up.json()) as { id?: string; error?: { message: string } };
    const outcome: Record<string, unknown> = {
      upload: up.status,
      uploadError: uploaded.error?.message ?? null,
      uploadSeconds: (Date.now() - started) / 1000,
    };
    if (up.status === 201) {
      const runRes = await fetch(`${server.base}/api/v1/evidence/runs`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ datasetId: uploaded.id }),
      });
      const run = (await runRes.json()) as { id: string };
      let last: Record<string, unknown> = {};
      const deadline = Date.now() + RUN_SECONDS * 1000;
      while (Date.now() < deadline) {
        const r = await fetch(`${server.base}/api/v1/evidence/runs/${run.id}`, {
          headers,
          signal: AbortSignal.timeout(30_000),
        }).catch(() => null);
        if (r) last = (await r.json()) as Record<string, unknown>;
        if (last.status === 'succeeded' || last.status === 'failed') break;
        await sleep(500);
      }
      Object.assign(outcome, {
        run: last.status ?? 'no answer',
        runError: (last.error as { message?: string } | null)?.message ?? null,
        runSeconds: (Date.now() - started) / 1000,
      });
      if (last.status === 'running' || last.status === 'queued') {
        await fetch(`${server.base}/api/v1/evidence/runs/${run.id}/cancel`, { method: 'POST', headers })
          .then((r) => {
            outcome.cancel = r.status;
          })
          .catch(() => undefined);
      }
    }
    busy = false;
    await pinger;
    const during = sampler.stop();
    await sleep(SETTLE_SECONDS * 1000);
    const after = readMemory(server.pid);
    const row = {
      case: c.name,
      compressedBytes: (c as { size?: number }).size,
      expandedBytes: c.expanded,
      ...outcome,
      peakRssMb: Math.round(during.peakMb),
      rssAfterMb: Math.round(after.rssMb),
      pings: pings.length,
      unanswered: pings.filter((p) => p < 0).length,
      slowestPingMs: pings.length ? Math.max(...pings) : null,
    };
    console.log(JSON.stringify(row));
    results.push(row);
  }
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
const out = path.join('bench/results', `hostile-uploads-${label}.json`);
fs.writeFileSync(
  out,
  JSON.stringify({ machine: machineInfo(), label, idleRssMb: Math.round(idle.rssMb), results }, null, 1) + '\n',
);
console.log(`wrote ${out}`);
