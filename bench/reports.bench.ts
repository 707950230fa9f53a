// The State-of-the-Art report as a PDF, from the bundled data set (every city), in English,
// German and Arabic (right to left, Arabic script shaped): the first report a process draws
// (the typefaces are parsed and nothing is shaped yet) and the median of the reports after it
// (wall and processor time), with the size and page count of the file.
// BENCH_REPORT_RUNS sets how many reports follow the first (7). Results: bench/results/reports.{json,md}.
import fs from 'node:fs';
import { translator } from '@convivio/web';
import { seedIfEmpty } from '../packages/server/src/bootstrap.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { openPglite } from '../packages/server/src/db/pglite.ts';
import { gatherReport, resolveReportCities } from '../packages/server/src/reports/gather.ts';
import { reportPdf } from '../packages/server/src/reports/pdf.ts';
import { machineInfo, median } from './lib/machine.ts';

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 7);
const LANGUAGES = ['en', 'de', 'ar'];

const db = await openPglite(null);
await migrate(db);
await seedIfEmpty(db);
const model = await gatherReport(db, await resolveReportCities(db, undefined));
await db.close();

/** One report: its bytes, pages (PDF page objects), wall and processor milliseconds. */
async function timed(lang: string) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const pdf = await reportPdf(model, translator(lang), { lang });
  const cpu = process.cpuUsage(c0);
  return {
    bytes: pdf.length,
    pages: (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length,
    wallMs: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

const round = (v: number) => Math.round(v);
const cases = [];
for (const lang of LANGUAGES) {
  const first = await timed(lang);
  const after = [];
  for (let i = 0; i < RUNS; i++) after.push(await timed(lang));
  const entry = {
    lang,
    cities: model.cities.length,
    bytes: first.bytes,
    pages: first.pages,
    first: { wallMs: round(first.wallMs), cpuMs: round(first.cpuMs) },
    runs: RUNS,
    medianWallMs: round(median(after.map((r) => r.wallMs))),
    medianCpuMs: round(median(after.map((r) => r.cpuMs))),
    cpuMs: after.map((r) => round(r.cpuMs)),
  };
  console.log(
    `${lang}: ${entry.pages} pages, ${entry.bytes} bytes; first ${entry.first.wallMs} ms, then median ${entry.medianWallMs} ms wall, ${entry.medianCpuMs} ms CPU`,
  );
  cases.push(entry);
}

const machine = machineInfo();
fs.writeFileSync('bench/results/reports.json', JSON.stringify({ machine, cases }, null, 2) + '\n');
const md = [
  '# Report PDF benchmark',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}`,
  '',
  `The State-of-the-Art report of every city in the bundled data set (${model.cities.length}), as a PDF. "First" is the first report`,
  'a process draws (typefaces parsed, nothing shaped yet); the medians are over the reports after it.',
  '',
  '| language | pages | bytes | first: wall (ms) | then: median wall (ms) | then: median CPU (ms) |',
  '|---|---:|---:|---:|---:|---:|',
  ...cases.map(
    (c) => `| ${c.lang} | ${c.pages} | ${c.bytes} | ${c.first.wallMs} | ${c.medianWallMs} | ${c.medianCpuMs} |`,
  ),
  '',
].join('\n');
fs.writeFileSync('bench/results/reports.md', md);
