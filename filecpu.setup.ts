import fs from 'node:fs';
import { afterAll, expect } from 'vitest';
const start = Date.now();
afterAll(() => {
  const file = expect.getState().testPath!.split('/').pop();
  fs.appendFileSync('/tmp/filetl.log', `${process.pid} ${(start / 1000).toFixed(1)} ${(Date.now() / 1000).toFixed(1)} ${file}\n`);
});
