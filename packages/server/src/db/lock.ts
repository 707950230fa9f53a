import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is a single-process database: two processes opening the same directory lose or
 * corrupt each other's writes. Every process that opens a DATA_DIR first takes this lock:
 * a file created atomically (O_EXCL) holding the owner's pid and what it is. A lock whose
 * process has died is stale and taken over.
 */

/** The owner a lock file records. */
interface LockOwner {
  pid: number;
  holder: string;
}

/** Thrown when another live process holds the directory. */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      `The database in ${displayPath(dataDir)} is in use by ${owner ? `${owner.holder} (pid ${owner.pid})` : 'another process that is opening it'}. ` +
        'Stop it first, or set DATABASE_URL to a PostgreSQL server to run both.',
    );
  }
}

let thisProcess = 'the running server';
const held = new Set<string>();

/** What this process is, as another process's refusal will name it (e.g. "convivio user create"). */
export function describeLockHolder(holder: string): void {
  thisProcess = holder;
}

/** Path of the lock file of a data directory. */
export function lockFile(dataDir: string): string {
  return path.join(dataDir, 'convivio.lock');
}

/** Takes the lock on dataDir (which must exist); returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = lockFile(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o644);
      try {
        fs.writeSync(fd, `${JSON.stringify({ pid: process.pid, holder: thisProcess } satisfies LockOwner)}\n`);
      } finally {
        fs.closeSync(fd);
      }
      held.add(file);
      const release = () => {
        process.off('exit', release);
        if (!held.delete(file)) return;
        if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readOwner(file);
    if (owner && isAlive(owner.pid, file)) throw new DatabaseInUseError(dataDir, owner);
    if (!owner && ageMs(file) < 2000) throw new DatabaseInUseError(dataDir, null); // being written right now
    fs.rmSync(file, { force: true }); // stale: its process is gone
  }
  throw new Error(`Could not take the lock ${file}`);
}

function readOwner(file: string): LockOwner | null {
  try {
    const o = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return Number.isInteger(o.pid) && typeof o.holder === 'string' ? { pid: o.pid as number, holder: o.holder } : null;
  } catch {
    return null;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

/**
 * Whether the recorded owner still runs. Our own pid counts only when this process took the
 * lock (after a restart a new process can get the old one's pid, e.g. in a container).
 */
function isAlive(pid: number, file: string): boolean {
  if (pid === process.pid) return held.has(file);
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // On Linux, a recycled pid held by something other than node is not the owner.
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

function displayPath(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dir;
}
