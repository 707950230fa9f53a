import crypto from 'node:crypto';
import pg from 'pg';

/** The databases a test run starts from: built once by the global setup, copied by every test. */
export interface TestTemplates {
  /** Dumped PGlite data directories (tarballs): migrated only, migrated with the bundled data set, and empty (as initdb left it). */
  pglite: { migrated: string; seeded: string; empty: string };
  /** Template databases on the PostgreSQL test server, when there is one. */
  postgres: { migrated: string; seeded: string } | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

/** Runs one statement on the PostgreSQL test server's maintenance database. */
export async function onTestServer(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** The URL of another database on the same server. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A database name no other test run uses. */
export const uniqueDatabaseName = (prefix: string) => `${prefix}_${crypto.randomBytes(6).toString('hex')}`;
