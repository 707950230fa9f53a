// Compiles every workspace package's src/ to its dist/ with `tsc -b tsconfig.build.json`
// (incremental: only what changed). `npm start` and the `convivio` command run the compiled
// JavaScript; tests and type-checking use the sources. Skipped when dist is newer than every
// source file, which costs a few milliseconds. The browser map is bundled first (bundle.mjs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundled } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['shared', 'web', 'indicators', 'assignment', 'server'];

/** The build's stamp per package: tsc's build info, written at the end of each package's build. */
const stamp = (pkg) => path.join(root, 'packages', pkg, 'dist', '.tsbuildinfo');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Whether any package's dist is missing or older than one of its build inputs. */
export function isStale() {
  const base = Math.max(mtime(path.join(root, 'tsconfig.base.json')), mtime(path.join(root, 'tsconfig.build.json')));
  for (const pkg of PACKAGES) {
    const dir = path.join(root, 'packages', pkg);
    const built = mtime(stamp(pkg));
    if (
      built < 0 ||
      base > built ||
      mtime(path.join(dir, 'tsconfig.build.json')) > built ||
      mtime(path.join(dir, 'package.json')) > built
    )
      return true;
    for (const e of fs.readdirSync(path.join(dir, 'src'), { recursive: true, withFileTypes: true })) {
      if (!e.isFile() || !e.name.endsWith('.ts') || e.name.endsWith('.test.ts')) continue;
      const file = path.join(e.parentPath ?? e.path, e.name);
      if (file.includes(`${path.sep}testing${path.sep}`)) continue;
      if (mtime(file) > built) return true;
    }
  }
  return false;
}

/** Builds when stale. Throws (after tsc has printed its errors) when the build fails. */
export function ensureBuilt({ quiet = false } = {}) {
  const bundled = ensureBundled({ quiet });
  if (!isStale()) return bundled;
  const tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
  if (!quiet) console.log('Building (tsc -b tsconfig.build.json)…');
  else process.stderr.write('Building the compiled command (tsc -b)…\n');
  try {
    execFileSync(process.execPath, [tsc, '-b', path.join(root, 'tsconfig.build.json')], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    throw new Error('The build failed (tsc -b tsconfig.build.json); see the errors above.');
  }
  // tsc -b leaves an up-to-date package's build info alone; the stamp says "checked now".
  const now = new Date();
  for (const pkg of PACKAGES) if (fs.existsSync(stamp(pkg))) fs.utimesSync(stamp(pkg), now, now);
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
