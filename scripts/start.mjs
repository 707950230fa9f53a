// `npm start`: installs the dependencies when needed (npm ci), brings the build up to date
// (tsc -b) and runs the compiled server in this same process, so the signals npm passes on
// (Ctrl-C, SIGTERM from a supervisor) reach the server and it closes its database cleanly.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (
  spawnSync(process.execPath, [path.join(root, 'scripts/ensure-deps.mjs')], { cwd: root, stdio: 'inherit' }).status !==
  0
)
  process.exit(1);
try {
  ensureBuilt();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
await import(pathToFileURL(path.join(root, 'packages/server/dist/main.js')).href);
