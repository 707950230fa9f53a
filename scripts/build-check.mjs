// Whether the compiled JavaScript (packages/*/dist, scripts/build.mjs) is up to date, cheaply
// enough for every start of the `convivio` command: only node:fs, no child process, no TypeScript.
// A successful build writes a stamp with the fingerprint of its inputs — the list of source files
// (so an added, deleted or renamed file counts), the newest of their modification times, the
// tsconfigs, package.json files and package-lock.json — and of its outputs (each package's build
// info). The build is current when the fingerprint taken now is the same as the stamp's.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The packages tsc -b tsconfig.build.json compiles, in build order. */
export const PACKAGES = ['shared', 'web', 'indicators', 'assignment', 'server'];
const STAMP = path.join(root, 'packages', 'server', 'dist', '.build-stamp.json');
const VERSION = 1;

function mtime(file) {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
}

/** FNV-1a over a string: enough to notice that the list of files changed. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** A package's build inputs: src/**\/*.ts except tests (*.test.ts) and src/testing/, as tsconfig.build.json says. */
function sourceFiles(dir, files, top = false) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}${path.sep}${entry.name}`;
    if (entry.isDirectory()) {
      if (!(top && entry.name === 'testing')) sourceFiles(file, files);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(file);
  }
  return files;
}

/** The fingerprint of the build's inputs as they are now. */
export function inputsFingerprint() {
  const configs = [
    path.join(root, 'package-lock.json'),
    path.join(root, 'tsconfig.base.json'),
    path.join(root, 'tsconfig.build.json'),
  ];
  const files = [];
  for (const pkg of PACKAGES) {
    const dir = path.join(root, 'packages', pkg);
    configs.push(path.join(dir, 'package.json'), path.join(dir, 'tsconfig.build.json'));
    sourceFiles(path.join(dir, 'src'), files, true);
  }
  let newest = -1;
  for (const file of files) newest = Math.max(newest, mtime(file));
  return {
    files: files.length,
    list: hash(files.map((f) => f.slice(root.length)).join('\n')),
    newest,
    configs: configs.map(mtime),
  };
}

/** The fingerprint of the build's outputs: each package's build info, written by tsc -b. */
function outputsFingerprint() {
  return PACKAGES.map((pkg) => mtime(path.join(root, 'packages', pkg, 'dist', '.tsbuildinfo')));
}

/** Records a successful build of the inputs fingerprinted (before tsc ran, so an edit made during the build is seen next time). */
export function writeStamp(inputs) {
  const stamp = { version: VERSION, inputs, outputs: outputsFingerprint() };
  fs.writeFileSync(STAMP, `${JSON.stringify(stamp)}\n`);
}

/** Whether the compiled packages are those of the sources as they are now (false when in doubt). */
export function buildIsCurrent() {
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (stamp?.version !== VERSION) return false;
  const outputs = outputsFingerprint();
  if (outputs.some((m) => m < 0) || JSON.stringify(outputs) !== JSON.stringify(stamp.outputs)) return false;
  return JSON.stringify(inputsFingerprint()) === JSON.stringify(stamp.inputs);
}
