// Times a stakeholder CSV import of N rows against the real server (a child process) and checks
// that other requests are answered meanwhile: a client asks for a city every 50 ms during the
// import and records each answer's latency. Runs on the embedded PGlite, and on PostgreSQL when
// BENCH_DATABASE_URL points at a server (a fresh database is made there and dropped).
// Usage: node --import tsx bench/stakeholder-import.ts [label] [rows]   (writes bench/results/stakeholder-import-<label>.json)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { machineInfo, percentile } from './lib/machine.ts';
import { startServerProcess } from '../packages/server/test/server-process.ts';

const label = process.argv[2] ?? 'current';
const rows = Number(process.argv[3] ?? 10_000);
const AREAS = ['public-administration', 'migrant-communities', 'education', 'civil-society', 'economy'];
const STATUSES = ['identified', 'contacted', 'interested', 'committed', 'active'];

function csv(n: number): string {
  const lines = ['name,area,roles,influence,interest,engagementStatus,communicationChannels,description'];
  for (let i = 0; i < n; i++) {
    lines.push(
      `Organisation ${i} vzw,${AREAS[i % 5]},service-provider;participant,${1 + (i % 5)},${1 + ((i * 3) % 5)},${STATUSES[i % 5]},email;phone,"Works with ""newcomers"", families, and schools — row ${i}"`,
    );
  }
  return lines.join('\n') + '\n';
}

async function measure(engine: string, env: Record<string, string>) {
  const email = `importer-${crypto.randomBytes(3).toString('hex')}@example.org`;
  const password = 'correct horse battery';
  const server = await startServerProcess({ env, users: [{ email, role: 'editor', password, city: 'city-mechelen' }] });
  try {
    const { cookie, csrf } = await server.signIn(email, password);
    const body = JSON.stringify({ csv: csv(rows) });
    const latencies: number[] = [];
    let failed = 0;
    let importing = true;
    const pinger = (async () => {
      while (importing) {
        const start = Date.now();
        try {
          const r = await fetch(`${server.base}/api/v1/cities/city-vienna`, { signal: AbortSignal.timeout(120_000) });
          await r.arrayBuffer();
          if (r.status === 200) latencies.push(Date.now() - start);
          else failed++;
        } catch {
          failed++;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    const start = Date.now();
    const res = await fetch(`${server.base}/api/v1/cities/city-mechelen/stakeholders/import`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(900_000),
    });
    const answer = (await res.json()) as { created?: number; error?: { message: string } };
    const importMs = Date.now() - start;
    importing = false;
    await pinger;
    const row = {
      engine,
      rows,
      status: res.status,
      created: answer.created ?? null,
      error: answer.error?.message ?? null,
      importMs,
      answeredDuringImport: latencies.length,
      failedDuringImport: failed,
      pingMedianMs: percentile(latencies, 50),
      pingP95Ms: percentile(latencies, 95),
      pingMaxMs: latencies.length ? Math.max(...latencies) : null,
    };
    console.log(JSON.stringify(row));
    return row;
  } finally {
    await server.stop();
  }
}

const results = [await measure('pglite', {})];
const adminUrl = process.env.BENCH_DATABASE_URL;
if (adminUrl) {
  const name = `convivio_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    results.push(await measure('postgres', { DATABASE_URL: url.toString() }));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
const out = path.join('bench/results', `stakeholder-import-${label}.json`);
fs.writeFileSync(out, JSON.stringify({ machine: machineInfo(), label, results }, null, 1) + '\n');
console.log(`wrote ${out}`);
