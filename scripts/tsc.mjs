// TypeScript 7's compiler, which builds the packages and type-checks the tree: a native program,
// installed as the `typescript-7` package (npm:typescript@7) with its executable in the package
// for this platform (@typescript/typescript-<platform>-<arch>). TypeScript 5 stays installed as
// `typescript` for typescript-eslint, which reads programs through its JavaScript API.
// `node scripts/tsc.mjs ARGS` runs the compiler with ARGS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of the compiler's executable; throws, naming the package, when it is not installed. */
export function tscExecutable() {
  let compilerPackage;
  try {
    compilerPackage = createRequire(import.meta.url).resolve('typescript-7/package.json');
  } catch {
    throw new Error('TypeScript 7 (the typescript-7 package) is not installed; run npm ci.');
  }
  const platformPackage = `@typescript/typescript-${process.platform}-${process.arch}`;
  let platformDir;
  try {
    platformDir = path.dirname(createRequire(compilerPackage).resolve(`${platformPackage}/package.json`));
  } catch {
    throw new Error(`TypeScript 7 has no compiler for this platform installed (${platformPackage}); run npm ci.`);
  }
  const exe = path.join(platformDir, 'lib', process.platform === 'win32' ? 'tsc.exe' : 'tsc');
  if (!fs.existsSync(exe)) throw new Error(`TypeScript 7's compiler is missing: ${exe}; run npm ci.`);
  return exe;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let exe;
  try {
    exe = tscExecutable();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
  const run = spawnSync(exe, process.argv.slice(2), { stdio: 'inherit' });
  if (run.error) throw run.error;
  process.exit(run.status ?? 1);
}
