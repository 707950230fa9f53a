// Refreshes scripts/test-durations.json, the seconds each test file took, hooks included, from
// test-results/file-times.json, which a full run (`npm test`) writes (scripts/file-times-reporter.mjs).
// The test sequencer (scripts/test-sequencer.ts) starts the longest files first, so that no long
// file is left running alone at the end of a run.
// Usage: node scripts/test-durations.mjs [file-times.json]
import fs from 'node:fs';
import path from 'node:path';
import { FILE_TIMES } from './file-times-reporter.mjs';

const root = path.resolve(import.meta.dirname, '..');
const timesFile = path.resolve(process.argv[2] ?? path.join(root, FILE_TIMES));
const target = path.join(root, 'scripts/test-durations.json');

const measured = JSON.parse(fs.readFileSync(timesFile, 'utf8')).seconds;
const count = Object.keys(measured).length;
if (!count) throw new Error(`${timesFile} holds no test file`);
const previous = JSON.parse(fs.readFileSync(target, 'utf8'));
// Files that are gone are forgotten; the longest first, for reading.
const kept = Object.entries({ ...previous.seconds, ...measured })
  .filter(([file]) => fs.existsSync(path.join(root, file)))
  .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
fs.writeFileSync(target, `${JSON.stringify({ about: previous.about, seconds: Object.fromEntries(kept) }, null, 2)}\n`);
console.log(`${target}: ${count} file(s) from ${timesFile}, ${kept.length} in all`);
