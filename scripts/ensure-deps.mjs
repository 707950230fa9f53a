// Installs the npm dependencies when node_modules is missing or older than the lockfile.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync('package-lock.json').mtimeMs;
if (stale) {
  // `npm install` follows package-lock.json; `npm ci` is avoided because npm 11 rejects
  // locks that lack other platforms' optional packages (rollup's), which it writes itself.
  console.log('Installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
