// The password strength estimate (zxcvbn with the common and English dictionaries and its
// search for misspelt words), as sign-up, a password change and `convivio user create` run it:
// the first estimate of a process (dictionaries unpacked and ranked, the search's index built on
// demand) and the median of the estimates after it, for passwords of several kinds and lengths,
// with the product's indexed search (`misspelling-search.ts`) and zxcvbn's own search (its ES module build).
// BENCH_PASSWORD_RUNS sets how many estimates of each password are timed (7). Results: bench/results/password-strength.{json,md}.
import fs from 'node:fs';
import {
  estimatePassword,
  estimatorOptions,
  misspellingSearch,
  ownerWords,
} from '../packages/server/src/accounts/password-strength.ts';
import { machineInfo, median } from './lib/machine.ts';

const RUNS = Number(process.env.BENCH_PASSWORD_RUNS ?? 7);
const OWNER = ['maria.lopez@example.org', 'Maria Lopez'];
const PASSWORDS = [
  'passwrod',
  'Tr0ub4dor&3',
  'kjh23$kls9',
  'correct horse battery',
  'a-long-enough-password',
  'violin cactus harbour lantern',
];

/** Processor milliseconds of one call. */
function cpuMs(work: () => unknown): number {
  const c0 = process.cpuUsage();
  work();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const firstMs = cpuMs(() => estimatePassword('warm-up password 1', OWNER));
const search = misspellingSearch();

const esModuleBuild: string = '@zxcvbn-ts/core/dist/index.mjs';
const { ZxcvbnFactory } = (await import(esModuleBuild)) as typeof import('@zxcvbn-ts/core');
const zxcvbnAsItComes = new ZxcvbnFactory(estimatorOptions());
const zxcvbnFirstMs = cpuMs(() => zxcvbnAsItComes.check('warm-up password 1', ownerWords(OWNER)));

const round = (v: number) => Math.round(v * 10) / 10;
const cases = PASSWORDS.map((password) => {
  const indexed = Array.from({ length: RUNS }, () => cpuMs(() => estimatePassword(password, OWNER)));
  const scan = Array.from({ length: RUNS }, () => cpuMs(() => zxcvbnAsItComes.check(password, ownerWords(OWNER))));
  const entry = {
    length: password.length,
    score: estimatePassword(password, OWNER).score,
    medianIndexedCpuMs: round(median(indexed)),
    medianZxcvbnCpuMs: round(median(scan)),
  };
  console.log(
    `${password.length} characters, score ${entry.score}: ${entry.medianIndexedCpuMs} ms indexed, ${entry.medianZxcvbnCpuMs} ms zxcvbn's own search (median CPU)`,
  );
  return entry;
});

const machine = machineInfo();
const first = { indexedCpuMs: round(firstMs), zxcvbnCpuMs: round(zxcvbnFirstMs) };
fs.writeFileSync(
  'bench/results/password-strength.json',
  JSON.stringify({ machine, search, runs: RUNS, first, cases }, null, 2) + '\n',
);
const md = [
  '# Password strength benchmark',
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}`,
  '',
  `zxcvbn (common and English dictionaries, misspelt words within 2 edits) with the owner's e-mail and name, as sign-up`,
  `runs it. Processor time: the first estimate in a process, then medians of ${RUNS} estimates of each password,`,
  `with the product's search (${search}) and with zxcvbn's own search (its ES module build). Both give the same estimate`,
  '(`password-strength.test.ts`, `misspelling-search.test.ts`).',
  '',
  `First estimate in a process: ${first.indexedCpuMs} ms (zxcvbn's own search, in the same process after it: ${first.zxcvbnCpuMs} ms).`,
  '',
  '| password length | score | indexed search: median CPU (ms) | zxcvbn’s own search: median CPU (ms) |',
  '|---:|---:|---:|---:|',
  ...cases.map((c) => `| ${c.length} | ${c.score} | ${c.medianIndexedCpuMs} | ${c.medianZxcvbnCpuMs} |`),
  '',
].join('\n');
fs.writeFileSync('bench/results/password-strength.md', md);
