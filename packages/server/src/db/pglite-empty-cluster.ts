import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { SMALL_INITDB_PARAMS, SMALL_START_PARAMS } from './pglite-settings.ts';

/*
 * A new PGlite database starts with initdb, which costs several seconds of processor time (more
 * than migrating and loading the bundled data set together). Its result is the same for every
 * database of one PGlite version, so a new, empty database made in memory (as the test set-up
 * does) keeps a copy of its cluster (a tarball of its data directory) in node_modules/.cache, and
 * later new databases, in memory or in a DATA_DIR, start from that copy instead. Nothing depends
 * on the copy: when there is none, or it cannot be read or written, initdb runs as before.
 */

const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');

/** The PGlite package's folder and version (from its package.json, next to its dist/). */
function pglitePackage(): { dir: string; version: string } | null {
  for (let dir = path.dirname(pgliteEntry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const { name, version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    return name === '@electric-sql/pglite' && version ? { dir, version } : null;
  }
  return null;
}

/**
 * A small cluster's settings, in short: its copy's name changes with them, so that a copy made
 * under earlier settings (kept in node_modules/.cache across runs) is never started from.
 */
const smallSettings = crypto
  .createHash('sha256')
  .update(JSON.stringify([SMALL_START_PARAMS, SMALL_INITDB_PARAMS]))
  .digest('hex')
  .slice(0, 8);

/**
 * Where the copy for the installed PGlite is kept: node_modules/.cache/convivio/, beside the package.
 * A small cluster (`openPglite`'s `small` option, pglite-settings.ts) is kept apart from the usual
 * one, under a name that carries its settings.
 */
export function emptyClusterFile(small = false): string | null {
  const pkg = pglitePackage();
  if (!pkg) return null;
  let modules = pkg.dir;
  while (path.basename(modules) !== 'node_modules') {
    if (modules === path.dirname(modules)) return null;
    modules = path.dirname(modules);
  }
  return path.join(
    modules,
    '.cache',
    'convivio',
    `pglite-${pkg.version}-empty-cluster${small ? `-small-${smallSettings}` : ''}.tar`,
  );
}

/** The kept copy of a new, empty cluster, or null when there is none yet. */
export async function keptEmptyCluster(small = false): Promise<Blob | null> {
  const file = emptyClusterFile(small);
  if (!file || !fs.existsSync(file)) return null;
  try {
    return await fs.openAsBlob(file);
  } catch {
    return null;
  }
}

/** Keeps a copy of a new, empty cluster (written whole, then renamed, so no reader sees a part of it). */
export async function keepEmptyCluster(dump: () => Promise<Blob>, small = false): Promise<void> {
  const file = emptyClusterFile(small);
  if (!file || fs.existsSync(file)) return;
  const partial = `${file}.${process.pid}.part`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(partial, Buffer.from(await (await dump()).arrayBuffer()));
    fs.renameSync(partial, file);
  } catch {
    fs.rmSync(partial, { force: true });
  }
}

/** Forgets a copy that could not be loaded, so that the next new database runs initdb (and keeps a new copy). */
export function forgetEmptyCluster(small = false): void {
  const file = emptyClusterFile(small);
  if (file) fs.rmSync(file, { force: true });
}
