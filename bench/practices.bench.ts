// Practice library at the HTTP level: 10,000 generated practices, on PGlite and PostgreSQL.
// Measures search (query + two facet filters), read by id, and 200 concurrent clients for 30 s.
// BENCH_QUICK=1: 1,000 practices, 5 s load. Results: bench/results/practices.{json,md}.
import fs from 'node:fs';
import type { PracticeRecord } from '@convivio/shared';
import { buildApp } from '../packages/server/src/app.ts';
import { seedIfEmpty } from '../packages/server/src/bootstrap.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { openPglite } from '../packages/server/src/db/pglite.ts';
import { openPostgres } from '../packages/server/src/db/postgres.ts';
import { upsertPractice } from '../packages/server/src/practices/queries.ts';
import { startTestPostgres } from '../scripts/test-postgres.mjs';
import { closedLoopLoad, timedGet } from './lib/http-load.ts';
import { machineInfo, percentile } from './lib/machine.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const N = QUICK ? 1_000 : 10_000;
const LOAD_SECONDS = QUICK ? 5 : 30;
const CLIENTS = 200;

/** Deterministic generator (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** N practices recombined from the bundled ones: real vocabulary, varied facets. */
async function generate(db: Database): Promise<string[]> {
  const base = (await db.query<{ record: PracticeRecord }>('SELECT record FROM practices')).rows.map((r) => r.record);
  const cities = (await db.query<{ id: string }>('SELECT id FROM cities')).rows.map((r) => r.id);
  const words = base
    .flatMap((p) => `${p.description ?? ''} ${p.results ?? ''}`.split(/\s+/))
    .filter((w) => w.length > 3);
  const rand = rng(42);
  const pick = <T>(a: T[]): T => {
    const x = a[Math.floor(rand() * a.length)];
    if (x === undefined) throw new Error('nothing to pick from');
    return x;
  };
  const ids: string[] = [];
  await db.transaction(async (tx) => {
    for (let i = 0; i < N; i++) {
      const t = pick(base);
      const text = Array.from({ length: 120 }, () => pick(words)).join(' ');
      const rec: PracticeRecord = {
        ...t,
        id: `practice-bench-${i}`,
        name: `${t.name} ${i}`,
        cityId: pick(cities),
        description: text,
        results: text.slice(0, 400),
        language: rand() < 0.8 ? 'en' : pick(['fr', 'it', 'es', 'de', 'nl']),
      };
      await upsertPractice(tx, rec, 'published', 1);
      ids.push(rec.id);
    }
  });
  await db.exec('VACUUM ANALYZE');
  return ids;
}

async function measure(engine: string, db: Database) {
  await migrate(db);
  await seedIfEmpty(db);
  const t0 = Date.now();
  const ids = await generate(db);
  const loadSeconds = (Date.now() - t0) / 1000;
  const app = await buildApp({ db, config: { ...loadConfig({}), signInLimitPerMinute: 1000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const queries = [
    'employment',
    'language courses',
    'refugees housing',
    'young people',
    'coexistence',
    'women',
    'social workers',
    'training',
  ];
  const facetPairs = [
    'country=FR,IT&theme=employment',
    'typology=welcome-inclusion&theme=education',
    'country=ES&targetGroup=migrants',
    'theme=youth&period=ongoing',
  ];
  const search: number[] = [];
  for (let i = 0; i < (QUICK ? 100 : 400); i++) {
    const query = queries[i % queries.length];
    if (query === undefined) throw new Error('no search queries');
    const r = await timedGet(
      base,
      `/api/v1/practices?q=${encodeURIComponent(query)}&${facetPairs[i % facetPairs.length]}`,
    );
    if (r.status !== 200) throw new Error(`search answered ${r.status}`);
    if (i >= 20) search.push(r.ms);
  }
  const byId: number[] = [];
  for (let i = 0; i < (QUICK ? 200 : 1000); i++) {
    const r = await timedGet(base, `/api/v1/practices/${ids[(i * 7919) % ids.length]}`);
    if (r.status !== 200) throw new Error(`by id answered ${r.status}`);
    if (i >= 20) byId.push(r.ms);
  }
  const load = await closedLoopLoad(
    base,
    ids.slice(0, 2000).map((id) => `/api/v1/practices/${id}`),
    CLIENTS,
    LOAD_SECONDS,
  );
  await app.close();
  return {
    engine,
    practices: N,
    generateSeconds: loadSeconds,
    search: { runs: search.length, medianMs: percentile(search, 50), p95Ms: percentile(search, 95) },
    byId: { runs: byId.length, medianMs: percentile(byId, 50), p95Ms: percentile(byId, 95) },
    concurrentReads: {
      clients: CLIENTS,
      seconds: LOAD_SECONDS,
      requests: load.requests,
      errors: load.errors,
      non200: load.non200,
      perSecond: Math.round(load.requests / LOAD_SECONDS),
      medianMs: percentile(load.latencies, 50),
      p95Ms: percentile(load.latencies, 95),
    },
  };
}

const results = [];
const pglite = await openPglite(null);
results.push(await measure('pglite', pglite));
await pglite.close();
const server = process.env.BENCH_DATABASE_URL ? null : startTestPostgres('/usr/lib/postgresql/15/bin', 54391);
try {
  const pgdb = await openPostgres(process.env.BENCH_DATABASE_URL ?? server!.url, 20);
  results.push(await measure('postgres', pgdb));
  await pgdb.close();
} finally {
  server?.stop();
}
const out = { machine: machineInfo(), quick: QUICK, results };
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/practices.json', JSON.stringify(out, null, 2) + '\n');
const f = (n: number) => n.toFixed(2);
const md = [
  `# Practice library benchmark`,
  '',
  `Machine: ${out.machine.cpu}, ${out.machine.cores} cores, ${out.machine.memoryGiB} GiB, Node ${out.machine.node}, ${out.machine.date}${QUICK ? ' (quick run)' : ''}`,
  '',
  '| engine | practices | search q + 2 facets: median / p95 (ms) | by id: median / p95 (ms) | 200 clients × ' +
    LOAD_SECONDS +
    ' s: requests/s, errors, median / p95 (ms) |',
  '|---|---|---|---|---|',
  ...results.map(
    (r) =>
      `| ${r.engine} | ${r.practices} | ${f(r.search.medianMs)} / ${f(r.search.p95Ms)} | ${f(r.byId.medianMs)} / ${f(r.byId.p95Ms)} | ${r.concurrentReads.perSecond}, ${r.concurrentReads.errors + r.concurrentReads.non200}, ${f(r.concurrentReads.medianMs)} / ${f(r.concurrentReads.p95Ms)} |`,
  ),
  '',
  'Targets (embedded database): search median < 20 ms and p95 < 50 ms; by id median < 5 ms; no errors under 200 concurrent clients.',
  '',
].join('\n');
fs.writeFileSync('bench/results/practices.md', md);
console.log(md);
