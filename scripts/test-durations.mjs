// Refreshes scripts/test-durations.json, the seconds each test file took, from the JSON report of a
// full run (`npm test` writes test-results/vitest.json). The test sequencer (scripts/test-sequencer.ts)
// starts the longest files first, so that no long file is left running alone at the end of a run.
// Usage: node scripts/test-durations.mjs [report.json]
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reportFile = path.resolve(process.argv[2] ?? path.join(root, 'test-results/vitest.json'));
const target = path.join(root, 'scripts/test-durations.json');

const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
const previous = JSON.parse(fs.readFileSync(target, 'utf8')).seconds;
const seconds = { ...previous };
let updated = 0;
for (const file of report.testResults) {
  // From the first test's start to the last test's end (the report keeps no time for the file's hooks).
  seconds[path.relative(root, file.name).split(path.sep).join('/')] =
    Math.round((file.endTime - file.startTime) / 100) / 10;
  updated += 1;
}
if (!updated) throw new Error(`${reportFile} holds no test file`);
// Files that are gone are forgotten; the longest first, for reading.
const kept = Object.entries(seconds)
  .filter(([file]) => fs.existsSync(path.join(root, file)))
  .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
const about = JSON.parse(fs.readFileSync(target, 'utf8')).about;
fs.writeFileSync(target, `${JSON.stringify({ about, seconds: Object.fromEntries(kept) }, null, 2)}\n`);
console.log(`${target}: ${updated} file(s) from ${reportFile}, ${kept.length} in all`);
