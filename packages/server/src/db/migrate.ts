import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

// The .sql files stay in the package's src/ (the build compiles only TypeScript), so this finds
// them from src/db and from the compiled dist/db alike.
const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Every migration file: `src/<domain>/migrations/NNN_name.sql`, ordered by NNN across domains. */
export function listMigrations(): { id: string; file: string }[] {
  const found: { id: string; file: string }[] = [];
  for (const domain of fs.readdirSync(srcDir)) {
    const dir = path.join(srcDir, domain, 'migrations');
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.sql')) found.push({ id: `${domain}/${f}`, file: path.join(dir, f) });
  }
  return found.sort((a, b) => path.basename(a.file).localeCompare(path.basename(b.file)) || a.id.localeCompare(b.id));
}

/** Applies the migrations not yet applied, each in its own transaction. Returns the ids applied. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const done = new Set((await db.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
  const applied: string[] = [];
  for (const m of listMigrations()) {
    if (done.has(m.id)) continue;
    const sql = fs.readFileSync(m.file, 'utf8');
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
    });
    applied.push(m.id);
  }
  return applied;
}

/** Splits a migration on semicolons at line ends (migrations keep one statement per `;\n`). */
function splitStatements(sql: string): string[] {
  return sql.split(/;\s*$/m).map((s) => s.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
