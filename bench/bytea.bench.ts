// Storing and reading bytes (bytea) on the embedded database, as an evidence run stores its layers
// (4 bytes a cell) and its cells' positions: PGlite's own conversion to and from PostgreSQL's hex
// text against the one the product installs (packages/server/src/db/pglite-bytea.ts). With
// BENCH_DATABASE_URL, the PostgreSQL server behind it as well (a temporary table).
// BENCH_BYTEA_RUNS sets how many times each value is stored and read (7). Results: bench/results/bytea.{json,md}.
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { openPostgres } from '../packages/server/src/db/postgres.ts';
import { BYTEA_PARSERS, BYTEA_SERIALIZERS } from '../packages/server/src/db/pglite-bytea.ts';
import { machineInfo, median } from './lib/machine.ts';

const RUNS = Number(process.env.BENCH_BYTEA_RUNS ?? 7);
/** Layers of 10 000, 250 000 and 1 000 000 cells. */
const CELLS = [10_000, 250_000, 1_000_000];

interface Engine {
  name: string;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

async function pglite(name: string, options: ConstructorParameters<typeof PGlite>[0]): Promise<Engine> {
  const db = await PGlite.create(options);
  return { name, query: (sql, params) => db.query(sql, params), close: () => db.close() };
}

async function server(url: string): Promise<Engine> {
  const db = await openPostgres(url, 1);
  return {
    name: 'PostgreSQL server (node-postgres)',
    query: (sql, params) => db.query(sql, params),
    close: () => db.close(),
  };
}

/** A layer's values as stored: float32, little-endian, 4 bytes a cell. */
function layerBytes(cells: number): Uint8Array {
  const values = Float32Array.from({ length: cells }, (_, i) => Math.sin(i) * 1000);
  return new Uint8Array(values.buffer);
}

async function ms(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await work();
  return performance.now() - t;
}

const engines: Engine[] = [
  await pglite('PGlite, its own conversion', {}),
  await pglite('PGlite, the conversion the product installs', {
    parsers: BYTEA_PARSERS,
    serializers: BYTEA_SERIALIZERS,
  }),
];
if (process.env.BENCH_DATABASE_URL) engines.push(await server(process.env.BENCH_DATABASE_URL));

const round = (v: number) => Math.round(v * 10) / 10;
const results = [];
for (const engine of engines) {
  await engine.query('CREATE TEMPORARY TABLE layers (id int PRIMARY KEY, values_f32 bytea NOT NULL)');
  for (const cells of CELLS) {
    const bytes = layerBytes(cells);
    const store: number[] = [];
    const read: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      store.push(await ms(() => engine.query('INSERT INTO layers (id, values_f32) VALUES ($1, $2)', [run, bytes])));
      let back: unknown;
      read.push(
        await ms(async () => {
          back = (await engine.query('SELECT values_f32 FROM layers WHERE id = $1', [run])).rows[0]?.values_f32;
        }),
      );
      if (!(back instanceof Uint8Array) || Buffer.compare(back, bytes) !== 0)
        throw new Error(`${engine.name}: the bytes read back differ from those stored (${cells} cells)`);
    }
    await engine.query('DELETE FROM layers');
    const entry = {
      engine: engine.name,
      cells,
      bytes: bytes.length,
      medianStoreMs: round(median(store)),
      medianReadMs: round(median(read)),
    };
    console.log(
      `${entry.engine}, ${cells} cells (${bytes.length} bytes): store ${entry.medianStoreMs} ms, read ${entry.medianReadMs} ms`,
    );
    results.push(entry);
  }
  await engine.close();
}

const machine = machineInfo();
fs.writeFileSync('bench/results/bytea.json', JSON.stringify({ machine, runs: RUNS, results }, null, 2) + '\n');
const md = [
  '# Storing and reading bytes (bytea)',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}`,
  '',
  'One layer of an evidence run (float32, 4 bytes a cell) stored with one INSERT and read back with one',
  `SELECT, ${RUNS} times each; medians of the wall time. Every value read back is checked against the one stored.`,
  "PGlite passes bytea as PostgreSQL's hex text; its own conversion goes byte by byte through JavaScript",
  "strings, the product's (`db/pglite-bytea.ts`) through Node's hex codec.",
  '',
  '| engine | cells | bytes | store: median ms | read: median ms |',
  '|---|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.engine} | ${r.cells} | ${r.bytes} | ${r.medianStoreMs} | ${r.medianReadMs} |`),
  '',
].join('\n');
fs.writeFileSync('bench/results/bytea.md', md);
