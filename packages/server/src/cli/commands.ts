import fs from 'node:fs';
import { createUser } from '../accounts/service.ts';
import { bootstrap } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { exportDataset, exportSectionCsv, importDataset } from '../dataset-sections.ts';
import { AppError } from '../errors.ts';
import type { CliIo } from './io.ts';
import { readPassword } from './password-prompt.ts';

async function withDatabase<T>(fn: (ctx: Awaited<ReturnType<typeof bootstrap>>) => Promise<T>): Promise<T> {
  const ctx = await bootstrap(loadConfig());
  try { return await fn(ctx); } finally { await ctx.db.close(); }
}

/** `convivio user create --role admin|editor|reader --email E [--name N] [--city ID]`; password from the terminal or stdin. */
export async function userCreate(options: Record<string, string | true>, io: CliIo): Promise<number> {
  const role = options.role, email = options.email;
  if (typeof role !== 'string' || typeof email !== 'string') {
    io.stderr('usage: convivio user create --role admin|editor|reader --email EMAIL [--name NAME] [--city CITY_ID]\n(the password is read from the terminal, or from the first line of stdin)\n');
    return 2;
  }
  const password = await readPassword(io, 'Password (at least 10 characters): ');
  return withDatabase(async ({ db }) => {
    const user = await createUser(db, { email, role: role as 'admin', name: typeof options.name === 'string' ? options.name : email.split('@')[0], cityId: typeof options.city === 'string' ? options.city : null, password });
    io.stdout(`Created ${user.role} ${user.email} (${user.id})\n`);
    return 0;
  });
}

/** `convivio import FILE`: all-or-nothing; lists every invalid record. */
export async function importCommand(file: string | undefined, io: CliIo): Promise<number> {
  if (!file) { io.stderr('usage: convivio import FILE.json\n'); return 2; }
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    io.stderr(`${file}: cannot read JSON: ${(err as Error).message}\n`);
    return 1;
  }
  return withDatabase(async ({ db }) => {
    try {
      const summary = await importDataset(db, doc);
      for (const [section, c] of Object.entries(summary)) io.stdout(`${section}: ${c.created} created, ${c.updated} updated\n`);
      return 0;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      io.stderr(`${file}: ${err.message}\n`);
      for (const i of err.issues) io.stderr(`  ${i.field}: ${i.message}\n`);
      return 1;
    }
  });
}

/** `convivio export --format json|csv [--section practices] [--output FILE] [--drafts]`. */
export async function exportCommand(options: Record<string, string | true>, io: CliIo): Promise<number> {
  const format = options.format ?? 'json';
  if (format !== 'json' && format !== 'csv') { io.stderr('--format must be json or csv\n'); return 2; }
  return withDatabase(async ({ db }) => {
    const includeDrafts = options.drafts === true;
    const text = format === 'json'
      ? JSON.stringify(await exportDataset(db, { includeDrafts }), null, 1) + '\n'
      : await exportSectionCsv(db, typeof options.section === 'string' ? options.section : 'practices', { includeDrafts });
    if (typeof options.output === 'string') { fs.writeFileSync(options.output, text); io.stderr(`Wrote ${options.output}\n`); } else io.stdout(text);
    return 0;
  });
}
