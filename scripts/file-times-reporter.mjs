// A Vitest reporter that writes test-results/file-times.json: the seconds each test file took,
// its hooks included (starting apps, databases, browsers and processes in beforeAll), which the
// JSON report leaves out. scripts/test-durations.mjs reads it to refresh scripts/test-durations.json.
import fs from 'node:fs';
import path from 'node:path';

export const FILE_TIMES = 'test-results/file-times.json';

export default class FileTimesReporter {
  onInit(vitest) {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules) {
    const seconds = {};
    for (const module of testModules) {
      const file = path.relative(this.root, module.moduleId).split(path.sep).join('/');
      seconds[file] = Math.round(module.diagnostic().duration / 100) / 10;
    }
    const target = path.join(this.root, FILE_TIMES);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, `${JSON.stringify({ seconds }, null, 2)}\n`);
  }
}
