// Compiles every workspace package's src/ to its dist/ with `tsc -b tsconfig.build.json`
// (TypeScript 7's compiler, scripts/tsc.mjs; incremental: only what changed). `npm start` and
// the `convivio` command run the compiled JavaScript; tests and type-checking use the sources. Skipped when the stamp of the last build
// matches the sources (build-check.mjs, a few tens of milliseconds). The browser map is bundled
// first (bundle.mjs).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent, inputsFingerprint, writeStamp } from './build-check.mjs';
import { ensureBundled } from './bundle.mjs';
import { tscExecutable } from './tsc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds when stale. Throws (after tsc has printed its errors) when the build fails. */
export function ensureBuilt({ quiet = false } = {}) {
  const bundled = ensureBundled({ quiet });
  if (buildIsCurrent()) return bundled;
  const inputs = inputsFingerprint();
  if (!quiet) console.log('Building (tsc -b tsconfig.build.json)…');
  else process.stderr.write('Building the compiled command (tsc -b)…\n');
  const tsc = tscExecutable();
  try {
    execFileSync(tsc, ['-b', path.join(root, 'tsconfig.build.json')], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    throw new Error('The build failed (tsc -b tsconfig.build.json); see the errors above.');
  }
  writeStamp(inputs);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureBuilt();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
