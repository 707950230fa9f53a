import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { insertUser } from '../src/accounts/service.ts';
import type { User } from '../src/accounts/schema.ts';
import { loadConfig, type Config } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { databaseUrl, onTestServer, uniqueDatabaseName } from './templates.ts';
import { installContractCheck } from './contract.ts';
import { templateDump } from './template-dumps.ts';

export type Engine = 'pglite' | 'postgres';

/**
 * Under CI=true a tool the suite needs must be there: its tests fail instead of being skipped.
 * Throws (failing the test file that asks) when `available` is false on CI.
 */
export function requiredOnCi(available: boolean, what: string): boolean {
  if (!available && /^(1|true)$/i.test(process.env.CI ?? ''))
    throw new Error(`CI=true and ${what}: on CI this fails instead of skipping tests.`);
  return available;
}

/** The engines every database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set (required on CI). */
export const ENGINES: Engine[] = requiredOnCi(
  Boolean(process.env.TEST_DATABASE_URL),
  'TEST_DATABASE_URL is not set (no PostgreSQL server)',
)
  ? ['pglite', 'postgres']
  : ['pglite'];

/** A fresh database: migrated, and with the bundled data set when `seeded`; copied from the run's templates. */
export async function freshDatabase(
  engine: Engine,
  opts: { seeded?: boolean } = {},
): Promise<{ db: Database; drop: () => Promise<void>; url?: string }> {
  const templates = inject('testTemplates');
  const which = opts.seeded ? 'seeded' : 'migrated';
  if (engine === 'pglite') {
    const db = await openPglite(null, templateDump(templates.pglite[which]), { small: true });
    return { db, drop: () => db.close() };
  }
  const template = templates.postgres?.[which];
  if (!template)
    throw new Error('No PostgreSQL template database: the global test setup ran without TEST_DATABASE_URL');
  const copy = await newPostgresDatabase(template);
  const db = await openPostgres(copy.url, 4);
  return {
    db,
    url: copy.url,
    drop: async () => {
      await db.close();
      await copy.drop();
    },
  };
}

/** A new database on the PostgreSQL test server, copied from `template` or empty (not migrated): its URL, and how to drop it. */
async function newPostgresDatabase(template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = uniqueDatabaseName('convivio_test');
  // FILE_COPY copies the template's files; PostgreSQL 15's default (WAL_LOG) writes all of it, 13 MB
  // for the seeded template, to the write-ahead log as well, and took twice as long.
  await onTestServer(
    adminUrl,
    template ? `CREATE DATABASE ${name} TEMPLATE ${template} STRATEGY FILE_COPY` : `CREATE DATABASE ${name}`,
  );
  return {
    url: databaseUrl(adminUrl, name),
    drop: () => onTestServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A new, empty database (not migrated) on the PostgreSQL test server: its URL, and how to drop it. */
export const emptyPostgresDatabase = () => newPostgresDatabase();

/** A new, empty PGlite database in memory (not migrated), copied from the run's dump of a fresh one: faster than initdb. */
export const emptyPgliteDatabase = async () =>
  openPglite(null, templateDump(inject('testTemplates').pglite.empty), { small: true });

/** The password of every account the harness signs in (strong enough for createUser). */
export const TEST_PASSWORD = 'correct horse battery';
let testHash: Promise<string> | null = null;
/**
 * TEST_PASSWORD's hash, made once per process with argon2id at its lowest cost: a sign-in checks
 * the password at the cost its stored hash names, so each of the suite's sign-ins takes well under
 * a millisecond instead of about 15 ms of processor time. The product's own cost is tested in
 * accounts/passwords.test.ts.
 */
const testPasswordHash = () =>
  (testHash ??= hash(TEST_PASSWORD, { memoryCost: 8, timeCost: 1, parallelism: 1, algorithm: 2 /* argon2id */ }));

/**
 * Stores a test account with TEST_PASSWORD, hashed once per process: createUser's strength
 * estimate and hashing cost seconds of processor time per account (both have tests of their own).
 */
export async function insertTestAccount(
  db: Database,
  role: User['role'],
  cityId: string | null = null,
  who: { email?: string; name?: string } = {},
): Promise<User> {
  return insertUser(db, {
    email: who.email ?? `${role}-${crypto.randomBytes(4).toString('hex')}@example.org`,
    name: who.name ?? `Test ${role}`,
    role,
    cityId,
    passwordHash: await testPasswordHash(),
  });
}

/** Signs an account with TEST_PASSWORD in through the real sign-in route: its session cookie's value and CSRF token. */
export async function signInThroughApi(
  app: FastifyInstance,
  email: string,
): Promise<{ session: string; csrf: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    payload: { email, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  return {
    session: res.cookies.find((c) => c.name === 'convivio_session')!.value,
    csrf: res.json().csrfToken as string,
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
  /** The database's address, for processes that share it (PostgreSQL only). */
  databaseUrl: string | null;
  anonymous: Client;
  /** Creates an account and signs it in through the real sign-in route. */
  signIn(role: User['role'], cityId?: string | null): Promise<Client>;
  close(): Promise<void>;
}

/** The real app on a fresh database, optionally loaded with the bundled data set; `env` sets configuration variables, `routes` adds routes of the tests' own. */
export async function startTestApp(
  engine: Engine,
  opts: { seed?: boolean; env?: Record<string, string>; routes?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const { db, drop, url } = await freshDatabase(engine, { seeded: opts.seed !== false });
  // Uploaded files go to a directory of this test app's own, removed on close.
  const fileStoreDir = opts.env?.FILE_STORE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'convivio-files-'));
  const config = { ...loadConfig({ FILE_STORE_DIR: fileStoreDir, ...opts.env }), signInLimitPerMinute: 1000 };
  const app = await buildApp({ db, config });
  // Routes only the tests serve are added before the app is ready (the contract check readies it).
  opts.routes?.(app);
  // What the routes are built from besides the code: the engine and the configuration, but for
  // the places of this app's own files and database, which no route or schema names.
  const builtWith = opts.routes
    ? undefined
    : JSON.stringify({ engine, config: { ...config, fileStoreDir: null, databaseUrl: null, dataDir: null } });
  const contract = await installContractCheck(app, builtWith);
  /** Every answer is checked against the published OpenAPI document; a violation fails the request. */
  const checked = async (o: InjectOptions) => {
    const res = await app.inject(o);
    contract.assertAnswer(res.headers);
    return res;
  };
  const anonymous: Client = { user: null, request: checked };
  return {
    app,
    db,
    config,
    databaseUrl: url ?? null,
    anonymous,
    async signIn(role, cityId = null) {
      const user = await insertTestAccount(db, role, cityId);
      const { session, csrf } = await signInThroughApi(app, user.email);
      return {
        user,
        request: (o) =>
          checked({
            ...o,
            cookies: { ...(o.cookies ?? {}), convivio_session: session },
            headers: { 'x-csrf-token': csrf, ...(o.headers ?? {}) },
          }),
      };
    },
    async close() {
      await app.close();
      await drop();
      if (!opts.env?.FILE_STORE_DIR) fs.rmSync(fileStoreDir, { recursive: true, force: true });
      const left = contract.unreported();
      if (left.length) throw new Error(`API contract violated by answers the tests did not check:\n${left.join('\n')}`);
    },
  };
}

/** The five viewpoints every role-matrix test checks. */
export type Who = 'anonymous' | 'reader' | 'otherEditor' | 'editor' | 'admin';
export const EVERYONE: Who[] = ['anonymous', 'reader', 'otherEditor', 'editor', 'admin'];

/** Signed-in clients for the role matrix: an editor of `cityId`, an editor of another city, a reader, an administrator. */
export async function roleMatrix(
  t: TestApp,
  cityId: string,
  otherCityId = 'city-vienna',
): Promise<Record<Who, Client>> {
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

/** Posts a URL-encoded form as a page does (the test client sends the CSRF token). */
export const postForm = (client: Client, url: string, fields: [string, string][]) =>
  client.request({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
