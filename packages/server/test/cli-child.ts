// What the tests that run the `convivio` command as a child process share.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The command as `npx convivio` runs it (the compiled dist/, rebuilt first when stale). */
export const BIN = path.join(ROOT, 'packages/server/bin/convivio.mjs');

/** Environment of a child: the test runner's, without its database settings, plus `env`. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, SEED_ON_EMPTY: 'false' };
  delete base.DATABASE_URL;
  delete base.DATA_DIR;
  delete base.DEBUG;
  delete base.NODE_OPTIONS;
  return { ...base, ...env };
}
