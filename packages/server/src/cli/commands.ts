import fs from 'node:fs';
import { createUser } from '../accounts/service.ts';
import { bootstrap } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import type { CliIo } from './io.ts';
import { readPassword } from './password-prompt.ts';

async function withDatabase<T>(fn: (ctx: Awaited<ReturnType<typeof bootstrap>>) => Promise<T>): Promise<T> {
  const ctx = await bootstrap(loadConfig(), { oneCommand: true });
  try {
    return await fn(ctx);
  } finally {
    await ctx.db.close();
  }
}

/** `convivio user create --role admin|editor|reader --email E [--name N] [--city ID]`; password from the terminal or stdin. */
export async function userCreate(
  options: { role: string; email: string; name?: string; city?: string },
  io: CliIo,
): Promise<number> {
  const { role, email } = options;
  // The database first: when it cannot be opened, nobody is asked for a password in vain.
  return withDatabase(async ({ db }) => {
    const password = await readPassword(io, 'Password (at least 10 characters): ');
    try {
      const user = await createUser(db, {
        email,
        role: role as 'admin',
        name: options.name ?? email.split('@', 1)[0] ?? email,
        cityId: options.city ?? null,
        password,
      });
      io.stdout(`Created ${user.role} ${user.email} (${user.id})\n`);
      return 0;
    } catch (err) {
      // Two writers racing on PostgreSQL: the unique index, not the service's check, saw the duplicate.
      if ((err as { code?: unknown }).code === '23505')
        throw new AppError('conflict', `An account for ${email.trim().toLowerCase()} already exists`, 'email');
      throw err;
    }
  });
}

/** `convivio import FILE`: all-or-nothing; lists every invalid record. */
export async function importCommand(file: string, io: CliIo): Promise<number> {
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    io.stderr(`${file}: cannot read JSON: ${(err as Error).message}\n`);
    return 1;
  }
  const { importDataset } = await import('../dataset-sections.ts');
  return withDatabase(async ({ db }) => {
    try {
      const summary = await importDataset(db, doc);
      for (const [section, c] of Object.entries(summary))
        io.stdout(`${section}: ${c.created} created, ${c.updated} updated\n`);
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
export async function exportCommand(
  options: { format: 'json' | 'csv'; section?: string; output?: string; drafts: boolean },
  io: CliIo,
): Promise<number> {
  const { exportDataset, exportSectionCsv } = await import('../dataset-sections.ts');
  return withDatabase(async ({ db }) => {
    const includeDrafts = options.drafts;
    const text =
      options.format === 'json'
        ? JSON.stringify(await exportDataset(db, { includeDrafts }), null, 1) + '\n'
        : await exportSectionCsv(db, options.section ?? 'practices', { includeDrafts });
    if (options.output !== undefined) {
      fs.writeFileSync(options.output, text);
      io.stderr(`Wrote ${options.output}\n`);
    } else io.stdout(text);
    return 0;
  });
}

/** `convivio remind [--hours 24]`: e-mails a reminder to the participants of events starting within that many hours (once each). */
export async function remindCommand(hours: number, io: CliIo): Promise<number> {
  await import('../domain-links.ts');
  const { sendEventReminders } = await import('../events/reminders.ts');
  return withDatabase(async (ctx) => {
    const baseUrl = ctx.config.publicBaseUrl ?? `http://localhost:${ctx.config.port}`;
    const done = await sendEventReminders(ctx, { hours, baseUrl });
    io.stdout(`${done.messages} reminder(s) for ${done.events} event(s) starting within ${hours} hours\n`);
    return 0;
  });
}

/** `convivio digest`: e-mails the weekly digest to those who asked for it and have news (at most once a week each). */
export async function digestCommand(io: CliIo): Promise<number> {
  await import('../domain-links.ts');
  const { sendWeeklyDigests } = await import('../follows/mail.ts');
  return withDatabase(async (ctx) => {
    const baseUrl = ctx.config.publicBaseUrl ?? `http://localhost:${ctx.config.port}`;
    const done = await sendWeeklyDigests(ctx, { baseUrl });
    io.stdout(`${done.sent} digest(s) sent; ${done.due} person(s) due this week\n`);
    return 0;
  });
}
