// Installs the npm dependencies exactly as package-lock.json lists them (`npm ci`, which never
// rewrites the lock) when node_modules is missing or older than the lock.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync('package-lock.json').mtimeMs;
if (stale) {
  // --include=dev: `npm start` builds with TypeScript, also when NODE_ENV=production.
  console.log('Installing dependencies (npm ci)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    execFileSync(npm, ['ci', '--include=dev', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  } catch {
    console.error(
      'npm ci failed (see above). package-lock.json must match package.json: run `npm install` once to update it, and commit it.',
    );
    process.exit(1);
  }
}
