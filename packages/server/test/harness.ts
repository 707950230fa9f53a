import crypto from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { createUser } from '../src/accounts/service.ts';
import type { User } from '../src/accounts/schema.ts';
import { seedIfEmpty } from '../src/bootstrap.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';

export type Engine = 'pglite' | 'postgres';

/** The engines every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL test server. */
export async function freshDatabase(engine: Engine): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const db = await openPglite(null);
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `convivio_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 4);
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A signed-in client of the test app: sends its session cookie and CSRF token. */
export interface Client {
  user: User | null;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  config: Config;
  anonymous: Client;
  /** Creates an account and signs it in through the real sign-in route. */
  signIn(role: User['role'], cityId?: string | null): Promise<Client>;
  close(): Promise<void>;
}

/** The real app on a fresh database, optionally loaded with the bundled data set; `env` sets configuration variables. */
export async function startTestApp(engine: Engine, opts: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const { db, drop } = await freshDatabase(engine);
  if (opts.seed !== false) await seedIfEmpty(db);
  const config = { ...loadConfig(opts.env ?? {}), signInLimitPerMinute: 1000 };
  const app = await buildApp({ db, config });
  const anonymous: Client = { user: null, request: (o) => app.inject(o) };
  return {
    app, db, config, anonymous,
    async signIn(role, cityId = null) {
      const email = `${role}-${crypto.randomBytes(4).toString('hex')}@example.org`;
      const password = 'correct horse battery';
      const user = await createUser(db, { email, name: `Test ${role}`, role, cityId, password });
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'convivio_session')!;
      const csrf = res.json().csrfToken as string;
      return {
        user,
        request: (o) => app.inject({ ...o, cookies: { ...(o.cookies ?? {}), convivio_session: cookie.value }, headers: { 'x-csrf-token': csrf, ...(o.headers ?? {}) } }),
      };
    },
    async close() { await app.close(); await drop(); },
  };
}

/** The five viewpoints every role-matrix test checks. */
export type Who = 'anonymous' | 'reader' | 'otherEditor' | 'editor' | 'admin';
export const EVERYONE: Who[] = ['anonymous', 'reader', 'otherEditor', 'editor', 'admin'];

/** Signed-in clients for the role matrix: an editor of `cityId`, an editor of another city, a reader, an administrator. */
export async function roleMatrix(t: TestApp, cityId: string, otherCityId = 'city-vienna'): Promise<Record<Who, Client>> {
  return {
    anonymous: t.anonymous,
    reader: await t.signIn('reader'),
    otherEditor: await t.signIn('editor', otherCityId),
    editor: await t.signIn('editor', cityId),
    admin: await t.signIn('admin'),
  };
}

/** Expected statuses for writes by those who may not make them, and for public reads. */
export const WRITERS = { anonymous: 401, reader: 403, otherEditor: 403 } as const;
export const READ_ALL = { anonymous: 200, reader: 200, otherEditor: 200, editor: 200, admin: 200 } as const;

let uniqueCounter = 0;
/** A name no other test in this process has used. */
export const uniqueName = (prefix: string) => `${prefix} ${++uniqueCounter}`;
