import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { createUser } from '../src/accounts/service.ts';
import type { User } from '../src/accounts/schema.ts';
import { requiredOnCi, startTestApp, type TestApp } from './harness.ts';

/** The Chromium the browser tests drive (Debian's package unless CHROMIUM_PATH says otherwise). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether Chromium is installed; browser suites use `describe.skipIf(!HAS_CHROMIUM)` (on CI a missing one fails them). */
export const HAS_CHROMIUM = requiredOnCi(
  fs.existsSync(CHROMIUM_PATH),
  `Chromium is missing (${CHROMIUM_PATH}; set CHROMIUM_PATH)`,
);

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let launched: Promise<Browser> | undefined;

/**
 * The test process's Chromium, launched by the first browser file it runs and kept for the files
 * after it (Vitest runs them one after another in the same process: `isolate: false`). Files and
 * tests stay apart through their own browser contexts (cookies, storage, cache), which each file
 * closes. The browser ends with the process: Playwright kills it at exit, and when Vitest ends the
 * worker with a signal, Chromium quits as its pipe to the process closes. A browser that went away
 * is launched again.
 */
function sharedBrowser(): Promise<Browser> {
  if (!launched) {
    const launching = chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: LAUNCH_ARGS,
      // Playwright's signal handlers would keep the worker alive on SIGTERM until Vitest kills it.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    launched = launching;
    launching.then(
      (browser) =>
        browser.on('disconnected', () => {
          if (launched === launching) launched = undefined;
        }),
      () => {
        if (launched === launching) launched = undefined;
      },
    );
  }
  return launched;
}

/** One accessibility problem axe found, with the elements at fault. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The real app listening on a random port, a headless Chromium, and helpers to drive them. */
export interface BrowserTestApp {
  /** The underlying test app (database, app.inject, API sign-in). */
  t: TestApp;
  baseUrl: string;
  /** A fresh browser context on the app (en-GB, 1280 × 900 unless `options` say otherwise), closed with the app. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh browser context (its own cookies), at `path` when given. */
  newPage(path?: string): Promise<Page>;
  /** Creates an account and signs it in through the real sign-in form on `page`. */
  signIn(page: Page, role: User['role'], cityId?: string | null): Promise<User>;
  /** Runs axe-core on the page and returns its serious and critical violations. */
  axe(page: Page): Promise<AxeViolation[]>;
  close(): Promise<void>;
}

/**
 * Starts the app on a fresh, seeded PGlite database, listening on 127.0.0.1 at a random
 * port, with the process's headless Chromium. Share one per test file (beforeAll/afterAll);
 * `close` closes the file's browser contexts and the app, and leaves the browser to the next file.
 */
export async function startBrowserApp(
  opts: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<BrowserTestApp> {
  // The first file in a process launches Chromium while its database loads.
  const [t, browser] = await Promise.all([startTestApp('pglite', opts), sharedBrowser()]);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const contexts = new Set<BrowserContext>();
  const newContext = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      ...options,
    });
    contexts.add(context);
    context.on('close', () => contexts.delete(context));
    return context;
  };
  return {
    t,
    baseUrl,
    newContext,
    async newPage(path) {
      const context = await newContext();
      const page = await context.newPage();
      if (path) await page.goto(path);
      return page;
    },
    async signIn(page, role, cityId = null) {
      const email = `${role}-${crypto.randomBytes(4).toString('hex')}@example.org`;
      const password = 'correct horse battery';
      const user = await createUser(t.db, { email, name: `Test ${role}`, role, cityId, password });
      await page.goto('/sign-in');
      await page.fill('input[name="email"]', email);
      await page.fill('input[name="password"]', password);
      await Promise.all([
        page.waitForURL((url) => url.pathname !== '/sign-in'),
        page.click('form[action="/sign-in"] button[type="submit"]'),
      ]);
      return user;
    },
    async axe(page) {
      // A document checked before (changed in place since) keeps the axe it was given.
      if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
      // axe is a global defined by the script evaluated in the page.
      const found = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run: (
                ctx: Document,
                o: object,
              ) => Promise<{
                violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? 'unknown',
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }));
      });
      return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    },
    async close() {
      await Promise.all([...contexts].map((context) => context.close()));
      await t.close();
    },
  };
}
