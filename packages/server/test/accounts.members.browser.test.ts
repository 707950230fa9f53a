import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, startBrowserApp, type BrowserTestApp } from './browser.ts';
import { TEST_PASSWORD as PASSWORD } from './harness.ts';

/** Signs an existing account in through the sign-in form of a fresh browser context. */
async function signInAs(b: BrowserTestApp, email: string, userAgent?: string): Promise<Page> {
  const context = await b.newContext({ userAgent });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel(/^Email address/).fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/sign-in'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  return page;
}

describe.skipIf(!HAS_CHROMIUM)('members in the browser', () => {
  let b: BrowserTestApp;

  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(async () => b?.close());

  it('lets an administrator find a user on /admin/users and disable them, which signs them out at once', async () => {
    const email = `zora-${Date.now()}@example.org`;
    await b.account('reader', null, { email, name: 'Zora Quist' });
    const zora = await signInAs(b, email);
    await zora.goto('/account');
    expect(await zora.locator('h1').textContent()).toBe('My account');

    const admin = await b.newPage();
    await b.signInByCookie(admin, 'admin');
    await admin.goto('/admin/users');
    expect(await b.axe(admin)).toEqual([]);
    await admin.getByLabel('Name or e-mail address').fill('quist');
    await Promise.all([admin.waitForURL(/q=quist/), admin.getByRole('button', { name: 'Find' }).click()]);
    const rows = admin.locator('main tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(email);
    await Promise.all([
      admin.waitForURL(/notice=disabled/),
      admin.getByRole('button', { name: 'Disable the account of Zora Quist' }).click(),
    ]);
    expect(await admin.getByRole('status').first().textContent()).toContain('Zora Quist is disabled');
    expect(await admin.locator('main tbody tr').first().textContent()).toContain('Disabled');
    expect(await b.axe(admin)).toEqual([]);

    await zora.goto('/account');
    expect(new URL(zora.url()).pathname).toBe('/sign-in');
    await zora.getByLabel(/^Email address/).fill(email);
    await zora.getByLabel(/^Password/).fill(PASSWORD);
    await zora.getByRole('button', { name: 'Sign in' }).click();
    await zora.waitForSelector('.error-summary');
    expect(await zora.locator('.error-summary').textContent()).toContain('disabled by an administrator');
  });

  it('lets a person end their session on another device from /account', async () => {
    const email = `ines-${Date.now()}@example.org`;
    await b.account('reader', null, { email, name: 'Ines Varga' });
    const laptop = await signInAs(b, email, 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0');
    await laptop.goto('/account');
    const phone = await signInAs(b, email, 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile');
    await phone.goto('/account');
    const sessions = phone.locator('main tbody tr');
    expect(await sessions.count()).toBe(2);
    expect(await phone.locator('main tbody tr', { hasText: 'This device' }).textContent()).toContain(
      'Chrome on Android',
    );
    expect(await b.axe(phone)).toEqual([]);
    const other = phone.locator('main tbody tr', { hasText: 'Firefox on Linux' });
    await Promise.all([
      phone.waitForURL(/notice=ended/),
      other.getByRole('button', { name: /^End this session \(Firefox on Linux/ }).click(),
    ]);
    expect(await phone.getByRole('status').first().textContent()).toContain('The session has ended');
    expect(await phone.locator('main tbody tr').count()).toBe(1);

    await laptop.goto('/account');
    expect(new URL(laptop.url()).pathname).toBe('/sign-in');
    await phone.goto('/account');
    expect(new URL(phone.url()).pathname).toBe('/account');
  });
});
