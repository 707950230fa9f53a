import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { User } from '../src/accounts/schema.ts';
import { chromiumCandidates, findChromium } from '../../../scripts/system-deps.mjs';
import { insertTestAccount, requiredOnCi, signInThroughApi, startTestApp, type TestApp } from './harness.ts';

/** The Chromium the browser tests drive (scripts/system-deps.mjs): CHROMIUM_PATH, else Debian's headless shell, else its full Chromium. */
export const CHROMIUM_PATH = findChromium() ?? chromiumCandidates()[0];

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

/** axe-core's script, which the test app serves at AXE_PATH (same origin, so Chromium caches it per context). */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_PATH = '/test-only/axe.min.js';

/** One accessibility problem axe found, with the elements at fault. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The part of axe-core's global the checks use (its rules and checks with the impact each can report). */
interface AxeGlobal {
  run: (
    ctx: Document,
    o: object,
  ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }>;
  _audit: {
    rules: { id: string; impact?: string; any: { id: string }[]; all: { id: string }[]; none: { id: string }[] }[];
    checks: Record<string, { impact?: string } | undefined>;
  };
}

/**
 * Runs axe on the page's document, with every rule (`onlySerious` false) or without the rules
 * that can only report minor or moderate problems, and returns the serious and critical
 * violations. A rule's problem has the impact the rule sets, else the highest of its failed
 * checks', so a rule none of whose checks is serious or critical never reports one.
 */
async function runAxe(page: Page, onlySerious: boolean): Promise<AxeViolation[]> {
  // A document checked before (changed in place since) keeps the axe it was given.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ url: AXE_PATH });
  const found = await page.evaluate(async (onlySerious) => {
    const axe = (globalThis as unknown as { axe: AxeGlobal }).axe;
    const grave = (impact: string | undefined) => impact === 'serious' || impact === 'critical';
    const off = onlySerious
      ? axe._audit.rules.filter((rule) =>
          rule.impact
            ? !grave(rule.impact)
            : ![...rule.any, ...rule.all, ...rule.none].some((check) => grave(axe._audit.checks[check.id]?.impact)),
        )
      : [];
    const rules = Object.fromEntries(off.map((rule) => [rule.id, { enabled: false }]));
    const result = await axe.run(document, { resultTypes: ['violations'], rules });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, onlySerious);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
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
  /**
   * A page, at `path` when given, in the file's one visitor context: no one signs in there, and
   * tests that change what the context keeps (cookies, storage) use a fresh one.
   */
  visitorPage(path?: string): Promise<Page>;
  /**
   * The file's one page for signed-in people, in a context of its own, its cookies cleared at each
   * call (sign someone in on it with `signInByCookie`); the page stays where the last test left it.
   * Tests that need two people at once, or a page no test has used, open one with `newPage`.
   */
  memberPage(): Promise<Page>;
  /** Stores an account with the harness's test password (TEST_PASSWORD), without the strength estimate. */
  account(role: User['role'], cityId?: string | null, who?: { email?: string; name?: string }): Promise<User>;
  /**
   * Signs a new account (`role`, `cityId`) in on `page`'s context with the session cookie the real
   * sign-in route gives (the sign-in form has tests of its own); the page stays where it is.
   */
  signInByCookie(page: Page, role: User['role'], cityId?: string | null): Promise<User>;
  /** Runs axe-core on the page and returns its serious and critical violations (rules that can find no such problem are left out). */
  axe(page: Page): Promise<AxeViolation[]>;
  /** The same with every axe rule, the reference the check above is compared with. */
  axeEveryRule(page: Page): Promise<AxeViolation[]>;
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
  const routes = (app: TestApp['app']) =>
    app.get(AXE_PATH, { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/javascript').header('cache-control', 'public, max-age=3600').send(AXE_SOURCE),
    );
  // The first file in a process launches Chromium while its database loads.
  const [t, browser] = await Promise.all([startTestApp('pglite', { ...opts, routes }), sharedBrowser()]);
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
  let visitors: Promise<BrowserContext> | undefined;
  const atPath = async (context: BrowserContext, path?: string) => {
    const page = await context.newPage();
    if (path) await page.goto(path);
    return page;
  };
  let members: Promise<Page> | undefined;
  const account: BrowserTestApp['account'] = (role, cityId = null, who = {}) =>
    insertTestAccount(t.db, role, cityId, who);
  return {
    t,
    baseUrl,
    newContext,
    newPage: async (path) => atPath(await newContext(), path),
    async visitorPage(path) {
      if (!visitors) {
        const opening = newContext();
        visitors = opening;
        void opening.then((context) => context.on('close', () => (visitors = undefined)));
      }
      return atPath(await visitors, path);
    },
    async memberPage() {
      if (!members || (await members).isClosed()) members = newContext().then((context) => context.newPage());
      const page = await members;
      await page.context().clearCookies();
      return page;
    },
    account,
    async signInByCookie(page, role, cityId = null) {
      if (visitors && page.context() === (await visitors))
        throw new Error('No one signs in in the visitor context: sign in on a page of its own (b.newPage)');
      const user = await account(role, cityId);
      const { session } = await signInThroughApi(t.app, user.email);
      await page
        .context()
        .addCookies([{ name: 'convivio_session', value: session, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
      return user;
    },
    axe: (page) => runAxe(page, true),
    axeEveryRule: (page) => runAxe(page, false),
    async close() {
      await Promise.all([...contexts].map((context) => context.close()));
      await t.close();
    },
  };
}
